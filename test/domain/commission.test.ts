import fc from "fast-check";
import { DateTime } from "luxon";
import { describe, expect, it } from "vitest";
import { buildStatement, commissionRate } from "../../src/domain/commission.ts";
import { percentOf } from "../../src/domain/money.ts";

const zone = "Europe/Paris";

function paris(iso: string): Date {
  return DateTime.fromISO(iso, { zone }).toJSDate();
}

const terms = { windowMonths: 2, lowBp: 500, highBp: 1500, timezone: zone };
const pickupAt = paris("2026-12-09T16:00");

describe("commissionRate", () => {
  it("takes 15 % from a farm that never helped", () => {
    const rate = commissionRate({ ...terms, pickupAt, shiftDays: [] });
    expect(rate).toEqual({ basisPoints: 1500, helped: false, windowStart: paris("2026-10-09") });
  });

  it("takes 5 % from a farm that helped on the first day of the window", () => {
    const rate = commissionRate({ ...terms, pickupAt, shiftDays: [paris("2026-10-09T00:00")] });
    expect(rate.basisPoints).toBe(500);
    expect(rate.helped).toBe(true);
  });

  it("counts a shift stored as the UTC midnight of the window's first day", () => {
    const shift = new Date("2026-10-09T00:00:00Z");
    expect(commissionRate({ ...terms, pickupAt, shiftDays: [shift] }).helped).toBe(true);
  });

  it("takes 15 % when the last help was the day before the window opens", () => {
    const shifts = [paris("2026-10-08T23:59"), new Date("2026-10-08T00:00:00Z")];
    const rate = commissionRate({ ...terms, pickupAt, shiftDays: shifts });
    expect(rate.basisPoints).toBe(1500);
    expect(rate.helped).toBe(false);
  });

  it("counts help given on the day of the pickup but not after it", () => {
    const sameDay = commissionRate({ ...terms, pickupAt, shiftDays: [paris("2026-12-09")] });
    const later = commissionRate({ ...terms, pickupAt, shiftDays: [paris("2026-12-09T16:00")] });
    expect(sameDay.helped).toBe(true);
    expect(later.helped).toBe(false);
  });

  it("reports the latest shift within the window", () => {
    const shifts = [paris("2026-11-04"), paris("2026-11-25"), paris("2026-10-21")];
    const rate = commissionRate({ ...terms, pickupAt, shiftDays: shifts });
    expect(rate.lastShift).toEqual(paris("2026-11-25"));
  });

  it("counts calendar months in the drive's zone across a clock change", () => {
    const spring = paris("2027-03-31T16:00");
    const rate = commissionRate({ ...terms, pickupAt: spring, shiftDays: [] });
    expect(rate.windowStart.toISOString()).toBe("2027-01-30T23:00:00.000Z");
  });

  it("starts the window at the end of a shorter month", () => {
    const rate = commissionRate({ ...terms, pickupAt: paris("2027-04-30T16:00"), shiftDays: [] });
    expect(rate.windowStart).toEqual(paris("2027-02-28"));
  });
});

describe("buildStatement", () => {
  it("takes the commission on the sales less the missing and damaged goods", () => {
    const statement = buildStatement({
      salesCents: 10_000,
      deductionsCents: 500,
      rate: { basisPoints: 1500 },
    });
    expect(statement).toEqual({
      grossCents: 10_000,
      deductionsCents: 500,
      netSalesCents: 9_500,
      commissionCents: 1_425,
      dueToProducerCents: 8_075,
    });
  });

  it("accepts deductions as the negative sum stored on orders", () => {
    const statement = buildStatement({
      salesCents: 10_000,
      deductionsCents: -500,
      rate: { basisPoints: 500 },
    });
    expect(statement.deductionsCents).toBe(500);
    expect(statement.commissionCents).toBe(475);
  });

  it("never leaves a negative net when everything was lost", () => {
    const statement = buildStatement({
      salesCents: 1_000,
      deductionsCents: 1_200,
      rate: { basisPoints: 500 },
    });
    expect(statement.netSalesCents).toBe(0);
    expect(statement.dueToProducerCents).toBe(0);
  });

  it("splits the net sales exactly between the drive and the producer", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 100_000_000 }),
        fc.integer({ min: 0, max: 100_000_000 }),
        fc.constantFrom(500, 1500, 0, 10_000, 333),
        (sales, deductions, basisPoints) => {
          const statement = buildStatement({
            salesCents: sales,
            deductionsCents: deductions,
            rate: { basisPoints },
          });
          const { netSalesCents, commissionCents, dueToProducerCents } = statement;
          expect(commissionCents + dueToProducerCents).toBe(netSalesCents);
          expect(commissionCents).toBe(percentOf(netSalesCents, basisPoints));
          expect(dueToProducerCents).toBeGreaterThanOrEqual(0);
        },
      ),
    );
  });
});
