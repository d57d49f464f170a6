import { DateTime } from "luxon";
import { buildStatement, commissionRate, type Statement } from "../domain/commission.ts";
import type { Tx } from "./client.ts";
import type { Drive } from "./drive.ts";
import type { Session } from "./generated/sqlite/client.ts";
import { buildPickupReport } from "./pickup.ts";
import { listShiftDaysByProducer } from "./shifts.ts";

/** Sessions that have figures (closed or done), newest first. */
export async function listStatsSessions(db: Tx, driveId: number, take = 6): Promise<Session[]> {
  return db.session.findMany({
    where: { driveId, status: { in: ["closed", "done"] } },
    orderBy: { pickupStartsAt: "desc" },
    take,
  });
}

export type ProducerFigures = Statement & {
  producerId: number;
  producerName: string;
  lines: number;
  basisPoints: number;
  helped: boolean;
};

export type SessionStats = {
  baskets: number;
  /** What the baskets came to as ordered, before deductions and credits. */
  grossCents: number;
  averageBasketCents: number;
  /** Missing and damaged goods taken off, a positive amount. */
  deductionsCents: number;
  creditsUsedCents: number;
  paidCents: number;
  membershipFees: number;
  membershipCents: number;
  lines: number;
  linesAffected: number;
  unpaidCents: number;
  producers: ProducerFigures[];
  commissionCents: number;
};

/** A session's figures; sums and counts come from the database's aggregates. */
export async function computeSessionStats(
  db: Tx,
  drive: Drive,
  session: Session,
): Promise<SessionStats> {
  const live = { sessionId: session.id, status: { not: "cancelled" } };
  const orders = await db.order.aggregate({
    where: live,
    _count: { _all: true },
    _sum: { totalCents: true, adjustmentCents: true, creditUsedCents: true, paidCents: true },
  });
  const byProducer = await db.orderLine.groupBy({
    by: ["producerId"],
    where: { order: live },
    _sum: { totalCents: true },
    _count: { _all: true },
  });
  const linesAffected = await db.orderLine.count({
    where: { order: live, OR: [{ missingSteps: { gt: 0 } }, { damagedSteps: { gt: 0 } }] },
  });
  const membership = await db.payment.aggregate({
    where: { kind: "membership", order: { sessionId: session.id } },
    _count: { _all: true },
    _sum: { amountCents: true },
  });
  const deductions = await sumDeductionsByProducer(db, session.id);
  const producers = await figuresByProducer(db, drive, session, byProducer, deductions);
  const report = await buildPickupReport(db, session.id);

  const baskets = orders._count._all;
  const grossCents = orders._sum.totalCents ?? 0;
  return {
    baskets,
    grossCents,
    averageBasketCents: baskets === 0 ? 0 : Math.round(grossCents / baskets),
    // Adjustments are stored negative; abs() also keeps -0 out of the figures.
    deductionsCents: Math.abs(orders._sum.adjustmentCents ?? 0),
    creditsUsedCents: orders._sum.creditUsedCents ?? 0,
    paidCents: orders._sum.paidCents ?? 0,
    membershipFees: membership._count._all,
    membershipCents: membership._sum.amountCents ?? 0,
    lines: byProducer.reduce((sum, row) => sum + row._count._all, 0),
    linesAffected,
    unpaidCents: report.unpaidTotalCents,
    producers,
    commissionCents: producers.reduce((sum, row) => sum + row.commissionCents, 0),
  };
}

/** Deductions summed per order line by the database, then gathered by farm. */
async function sumDeductionsByProducer(db: Tx, sessionId: number): Promise<Map<number, number>> {
  const sums = await db.adjustment.groupBy({
    by: ["orderLineId"],
    where: { orderLine: { order: { sessionId, status: { not: "cancelled" } } } },
    _sum: { amountCents: true },
  });
  if (sums.length === 0) return new Map();
  const lines = await db.orderLine.findMany({
    where: { id: { in: sums.map((sum) => sum.orderLineId) } },
    select: { id: true, producerId: true },
  });
  const producerOf = new Map(lines.map((line) => [line.id, line.producerId]));
  const totals = new Map<number, number>();
  for (const sum of sums) {
    const producerId = producerOf.get(sum.orderLineId)!;
    totals.set(producerId, (totals.get(producerId) ?? 0) + (sum._sum.amountCents ?? 0));
  }
  return totals;
}

async function figuresByProducer(
  db: Tx,
  drive: Drive,
  session: Session,
  sales: { producerId: number; _sum: { totalCents: number | null }; _count: { _all: number } }[],
  deductions: Map<number, number>,
): Promise<ProducerFigures[]> {
  const ids = sales.map((row) => row.producerId);
  if (ids.length === 0) return [];
  const names = await db.producer.findMany({
    where: { id: { in: ids } },
    select: { id: true, name: true },
  });
  const nameOf = new Map(names.map((producer) => [producer.id, producer.name]));
  // A month of margin: commissionRate draws the exact window in the drive's zone.
  const since = DateTime.fromJSDate(session.pickupStartsAt)
    .minus({ months: drive.helpWindowMonths + 1 })
    .toJSDate();
  const shiftDays = await listShiftDaysByProducer(db, ids, since);

  return sales
    .map((row) => {
      const rate = commissionRate({
        pickupAt: session.pickupStartsAt,
        shiftDays: shiftDays.get(row.producerId) ?? [],
        windowMonths: drive.helpWindowMonths,
        lowBp: drive.commissionLowBp,
        highBp: drive.commissionHighBp,
        timezone: drive.timezone,
      });
      const statement = buildStatement({
        salesCents: row._sum.totalCents ?? 0,
        deductionsCents: deductions.get(row.producerId) ?? 0,
        rate,
      });
      return {
        ...statement,
        producerId: row.producerId,
        producerName: nameOf.get(row.producerId) ?? "?",
        lines: row._count._all,
        basisPoints: rate.basisPoints,
        helped: rate.helped,
      };
    })
    .sort((a, b) => a.producerName.localeCompare(b.producerName, "fr"));
}
