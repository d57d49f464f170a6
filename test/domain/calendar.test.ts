import fc from "fast-check";
import { DateTime } from "luxon";
import { describe, expect, it } from "vitest";
import {
  checkSchedule,
  closingReminderAt,
  currentOrNextCycle,
  cycleFromOpening,
  nextSessionTimes,
  pickupReminderAt,
  type WeeklySchedule,
} from "../../src/domain/calendar.ts";

const zone = "Europe/Paris";

const schedule: WeeklySchedule = {
  timezone: zone,
  openWeekday: 5,
  openTime: "18:00",
  closeWeekday: 1,
  closeTime: "20:00",
  pickupWeekday: 3,
  pickupStartTime: "16:00",
  pickupEndTime: "19:00",
  closingReminderWeekday: 1,
  closingReminderTime: "16:00",
  pickupReminderTime: "09:00",
};

function paris(iso: string): Date {
  return DateTime.fromISO(iso, { zone }).toJSDate();
}

describe("nextSessionTimes", () => {
  it("keeps the local times through the spring change to summer time", () => {
    const cycle = nextSessionTimes(schedule, paris("2027-03-26T12:00"));

    expect(cycle.opensAt.toISOString()).toBe("2027-03-26T17:00:00.000Z");
    expect(cycle.closesAt.toISOString()).toBe("2027-03-29T18:00:00.000Z");
    expect(cycle.pickupStartsAt.toISOString()).toBe("2027-03-31T14:00:00.000Z");
    expect(cycle.pickupEndsAt.toISOString()).toBe("2027-03-31T17:00:00.000Z");
  });

  it("keeps the local times through the autumn change back to winter time", () => {
    const cycle = nextSessionTimes(schedule, paris("2027-10-28T09:00"));

    expect(cycle.opensAt.toISOString()).toBe("2027-10-29T16:00:00.000Z");
    expect(cycle.closesAt.toISOString()).toBe("2027-11-01T19:00:00.000Z");
    expect(cycle.pickupStartsAt.toISOString()).toBe("2027-11-03T15:00:00.000Z");
    expect(cycle.pickupEndsAt.toISOString()).toBe("2027-11-03T18:00:00.000Z");
  });

  it("returns the opening that is exactly now", () => {
    const now = paris("2026-12-04T18:00");
    expect(nextSessionTimes(schedule, now).opensAt).toEqual(now);
  });

  it("moves to the next week one millisecond after the opening", () => {
    const now = new Date(paris("2026-12-04T18:00").getTime() + 1);
    expect(nextSessionTimes(schedule, now).opensAt).toEqual(paris("2026-12-11T18:00"));
  });

  it("always lands on the schedule's local weekdays and times within a week", () => {
    const start = Date.parse("2026-01-01T00:00:00Z");
    const end = Date.parse("2029-01-01T00:00:00Z");
    fc.assert(
      fc.property(fc.integer({ min: start, max: end }), (millis) => {
        const now = new Date(millis);
        const cycle = nextSessionTimes(schedule, now);
        const local = (date: Date) => DateTime.fromJSDate(date, { zone }).toFormat("c HH:mm");

        expect(cycle.opensAt.getTime()).toBeGreaterThanOrEqual(millis);
        expect(cycle.opensAt.getTime() - millis).toBeLessThanOrEqual(7 * 24 * 3_600_000);
        expect(local(cycle.opensAt)).toBe("5 18:00");
        expect(local(cycle.closesAt)).toBe("1 20:00");
        expect(local(cycle.pickupStartsAt)).toBe("3 16:00");
        expect(local(cycle.pickupEndsAt)).toBe("3 19:00");
      }),
    );
  });
});

describe("cycleFromOpening", () => {
  it("closes on the same day when the close comes later that day", () => {
    const sameDay = { ...schedule, closeWeekday: 5, closeTime: "22:00" };
    const cycle = cycleFromOpening(sameDay, paris("2026-12-04T18:00"));
    expect(cycle.closesAt).toEqual(paris("2026-12-04T22:00"));
  });

  it("refuses a pickup that ends before it starts", () => {
    const broken = { ...schedule, pickupEndTime: "15:00" };
    expect(() => cycleFromOpening(broken, paris("2026-12-04T18:00"))).toThrow(RangeError);
  });
});

describe("currentOrNextCycle", () => {
  it("returns the open cycle during the weekend", () => {
    const cycle = currentOrNextCycle(schedule, paris("2026-12-05T10:00"));
    expect(cycle.opensAt).toEqual(paris("2026-12-04T18:00"));
  });

  it("returns the next cycle once the session has closed", () => {
    const atClose = currentOrNextCycle(schedule, paris("2026-12-07T20:00"));
    const tuesday = currentOrNextCycle(schedule, paris("2026-12-08T10:00"));
    expect(atClose.opensAt).toEqual(paris("2026-12-11T18:00"));
    expect(tuesday.opensAt).toEqual(paris("2026-12-11T18:00"));
  });

  it("returns the cycle opening now at the very instant of the opening", () => {
    const now = paris("2026-12-04T18:00");
    expect(currentOrNextCycle(schedule, now).opensAt).toEqual(now);
  });
});

describe("reminders", () => {
  const cycle = cycleFromOpening(schedule, paris("2027-03-26T18:00"));

  it("reminds customers on the closing day before the close", () => {
    expect(closingReminderAt(schedule, cycle)).toEqual(paris("2027-03-29T16:00"));
  });

  it("gives no closing reminder when it would fall before the opening", () => {
    const early = { ...schedule, closingReminderWeekday: 4 };
    expect(closingReminderAt(early, cycle)).toBeNull();
  });

  it("reminds customers on the morning of the pickup", () => {
    expect(pickupReminderAt(schedule, cycle)).toEqual(paris("2027-03-31T09:00"));
  });

  it("moves the pickup reminder to the day before when its time is after the start", () => {
    const evening = { ...schedule, pickupReminderTime: "17:00" };
    expect(pickupReminderAt(evening, cycle)).toEqual(paris("2027-03-30T17:00"));
  });
});

describe("checkSchedule", () => {
  it("finds nothing wrong with the default schedule", () => {
    expect(checkSchedule(schedule)).toEqual([]);
  });

  it("lists every field that is wrong", () => {
    const broken = {
      ...schedule,
      timezone: "Europe/Nowhere",
      openWeekday: 0,
      closeTime: "02:30",
      pickupStartTime: "4pm",
    };
    expect(checkSchedule(broken)).toEqual([
      { field: "timezone", reason: "invalid" },
      { field: "openWeekday", reason: "invalid" },
      { field: "closeTime", reason: "in_dst_gap" },
      { field: "pickupStartTime", reason: "invalid" },
    ]);
  });

  it("refuses a pickup that ends before it starts", () => {
    expect(checkSchedule({ ...schedule, pickupEndTime: "16:00" })).toEqual([
      { field: "pickupEndTime", reason: "ends_before_start" },
    ]);
  });
});
