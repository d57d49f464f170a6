import {
  buildStatement,
  commissionRate,
  type CommissionRate,
  type Statement,
} from "../domain/commission.ts";
import type { Tx } from "./client.ts";
import type { Drive } from "./drive.ts";
import { deliveredStatuses } from "./pick-lists.ts";

export type SessionStatement = {
  sessionId: number;
  status: string;
  pickupStartsAt: Date;
  statement: Statement;
  rate: CommissionRate & { helperName: string | null };
};

export type MonthStatement = { sessions: SessionStatement[]; total: Statement };

type DriveSettings = Pick<
  Drive,
  "id" | "timezone" | "commissionLowBp" | "commissionHighBp" | "helpWindowMonths"
>;

/**
 * What the farm sold in one session and what it lost at packing, both summed by the database.
 * Packing may record a loss as steps on the line, as an Adjustment row, or both: the larger of
 * the two is taken, so a loss is neither missed nor counted twice.
 */
export async function sumProducerSales(
  db: Tx,
  producerId: number,
  sessionId: number,
): Promise<{ salesCents: number; deductionsCents: number }> {
  const where = { producerId, order: { sessionId, status: { in: deliveredStatuses } } };
  const byPrice = await db.orderLine.groupBy({
    by: ["unitPriceCents"],
    where,
    _sum: { totalCents: true, missingSteps: true, damagedSteps: true },
  });
  let salesCents = 0;
  let lineDeductions = 0;
  for (const group of byPrice) {
    salesCents += group._sum.totalCents ?? 0;
    const lost = (group._sum.missingSteps ?? 0) + (group._sum.damagedSteps ?? 0);
    lineDeductions += lost * group.unitPriceCents;
  }
  const adjustments = await db.adjustment.aggregate({
    where: { orderLine: where },
    _sum: { amountCents: true },
  });
  const adjusted = Math.abs(adjustments._sum.amountCents ?? 0);
  return { salesCents, deductionsCents: Math.max(lineDeductions, adjusted) };
}

/** The rate for a session's pickup, with the name of whoever of the farm helped last. */
async function rateFor(
  db: Tx,
  drive: DriveSettings,
  producerId: number,
  pickupAt: Date,
): Promise<SessionStatement["rate"]> {
  const settings = {
    pickupAt,
    windowMonths: drive.helpWindowMonths,
    lowBp: drive.commissionLowBp,
    highBp: drive.commissionHighBp,
    timezone: drive.timezone,
  };
  const { windowStart } = commissionRate({ ...settings, shiftDays: [] });
  const shifts = await db.shift.findMany({
    where: {
      member: { producerId, driveId: drive.id },
      day: { gte: windowStart, lt: pickupAt },
    },
    select: { day: true, member: { select: { firstName: true, crateName: true } } },
    orderBy: { day: "desc" },
  });
  const rate = commissionRate({ ...settings, shiftDays: shifts.map((shift) => shift.day) });
  const helper = shifts.find((shift) => shift.day.getTime() === rate.lastShift?.getTime());
  const helperName = helper ? helper.member.firstName || helper.member.crateName : null;
  return { ...rate, helperName };
}

/** One session's statement for the farm: sales, deductions, commission and what is due. */
export async function loadSessionStatement(
  db: Tx,
  drive: DriveSettings,
  producerId: number,
  session: { id: number; status: string; pickupStartsAt: Date },
): Promise<SessionStatement> {
  const sums = await sumProducerSales(db, producerId, session.id);
  const rate = await rateFor(db, drive, producerId, session.pickupStartsAt);
  return {
    sessionId: session.id,
    status: session.status,
    pickupStartsAt: session.pickupStartsAt,
    statement: buildStatement({ ...sums, rate }),
    rate,
  };
}

/**
 * The farm's statements for the sessions whose pickup falls in [start, end), with sales, and
 * their sum. Sessions not closed yet are included: their figures are what is ordered so far.
 */
export async function loadMonthStatement(
  db: Tx,
  drive: DriveSettings,
  producerId: number,
  range: { start: Date; end: Date },
): Promise<MonthStatement> {
  const sessions = await db.session.findMany({
    where: {
      driveId: drive.id,
      status: { in: ["open", "closed", "done"] },
      pickupStartsAt: { gte: range.start, lt: range.end },
      orders: { some: { status: { in: deliveredStatuses }, lines: { some: { producerId } } } },
    },
    orderBy: { pickupStartsAt: "asc" },
    select: { id: true, status: true, pickupStartsAt: true },
  });
  const statements: SessionStatement[] = [];
  for (const session of sessions) {
    statements.push(await loadSessionStatement(db, drive, producerId, session));
  }
  return { sessions: statements, total: sumStatements(statements.map((row) => row.statement)) };
}

export function sumStatements(statements: Statement[]): Statement {
  const total: Statement = {
    grossCents: 0,
    deductionsCents: 0,
    netSalesCents: 0,
    commissionCents: 0,
    dueToProducerCents: 0,
  };
  for (const row of statements) {
    for (const key of Object.keys(total) as (keyof Statement)[]) total[key] += row[key];
  }
  return total;
}
