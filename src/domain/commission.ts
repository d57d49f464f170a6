import { DateTime } from "luxon";
import { percentOf } from "./money.ts";

export type CommissionRateInput = {
  pickupAt: Date;
  /** Days the farm's people helped (packing, pickup), as stored on their shifts. */
  shiftDays: Date[];
  windowMonths: number;
  lowBp: number;
  highBp: number;
  timezone: string;
};

export type CommissionRate = {
  basisPoints: number;
  helped: boolean;
  lastShift?: Date;
  windowStart: Date;
};

/**
 * The low rate when the farm helped at least once in the `windowMonths` calendar months before
 * the pickup, the high rate otherwise. The window starts at local midnight of the same date
 * `windowMonths` earlier (luxon clamps 31 December − 2 months to 31 October, 30 April to
 * 28 or 29 February), so a shift stored as a bare date on that first day still counts.
 */
export function commissionRate(input: CommissionRateInput): CommissionRate {
  const pickup = DateTime.fromJSDate(input.pickupAt, { zone: input.timezone });
  if (!pickup.isValid) throw new RangeError(`unknown time zone "${input.timezone}"`);
  const windowStart = pickup.minus({ months: input.windowMonths }).startOf("day").toJSDate();

  const inWindow = input.shiftDays.filter((day) => day >= windowStart && day < input.pickupAt);
  const lastShift = inWindow.reduce<Date | undefined>(
    (latest, day) => (latest === undefined || day > latest ? day : latest),
    undefined,
  );
  if (lastShift === undefined) return { basisPoints: input.highBp, helped: false, windowStart };
  return { basisPoints: input.lowBp, helped: true, lastShift, windowStart };
}

export type StatementInput = {
  salesCents: number;
  /** Missing and damaged goods taken off the sales; the sign is ignored (see below). */
  deductionsCents: number;
  rate: { basisPoints: number };
};

export type Statement = {
  grossCents: number;
  deductionsCents: number;
  netSalesCents: number;
  commissionCents: number;
  dueToProducerCents: number;
};

/** A producer's figures for one session: commission is taken on what was really sold. */
export function buildStatement(input: StatementInput): Statement {
  // Orders store adjustments as negative amounts; accept either sign so callers can pass the
  // stored sum as it is, and show the deduction as a positive amount.
  const deductionsCents = Math.abs(input.deductionsCents);
  const netSalesCents = Math.max(0, input.salesCents - deductionsCents);
  const commissionCents = percentOf(netSalesCents, input.rate.basisPoints);
  return {
    grossCents: input.salesCents,
    deductionsCents,
    netSalesCents,
    commissionCents,
    dueToProducerCents: netSalesCents - commissionCents,
  };
}
