import { DateTime } from "luxon";
import { describe, expect, it } from "vitest";
import { formatDateTime, formatPickupWindow } from "../../src/domain/calendar.ts";

const zone = "Europe/Paris";

function paris(iso: string): Date {
  return DateTime.fromISO(iso, { zone }).toJSDate();
}

describe("formatPickupWindow", () => {
  const start = paris("2026-12-09T16:00");
  const end = paris("2026-12-09T19:00");

  it("writes a French window with hours as « 16 h »", () => {
    expect(formatPickupWindow(start, end, zone, "fr")).toBe("mercredi 9 décembre, 16 h – 19 h");
  });

  it("shows the minutes when they are not zero", () => {
    const halfPast = paris("2026-12-09T16:30");
    expect(formatPickupWindow(halfPast, end, zone, "fr")).toBe(
      "mercredi 9 décembre, 16 h 30 – 19 h",
    );
  });

  it("writes an English window on the 24-hour clock", () => {
    expect(formatPickupWindow(start, end, zone, "en")).toBe("Wednesday 9 December, 16:00–19:00");
  });

  it("names both days when the window runs past midnight", () => {
    const nextMorning = paris("2026-12-10T01:00");
    expect(formatPickupWindow(start, nextMorning, zone, "fr")).toBe(
      "mercredi 9 décembre, 16 h – jeudi 10 décembre, 1 h",
    );
  });

  it("shows the local time of the drive, not UTC", () => {
    const summer = paris("2027-06-09T16:00");
    const summerEnd = paris("2027-06-09T19:00");
    expect(formatPickupWindow(summer, summerEnd, zone, "fr")).toBe("mercredi 9 juin, 16 h – 19 h");
  });
});

describe("formatDateTime", () => {
  it("writes a French date and hour", () => {
    expect(formatDateTime(paris("2026-12-07T20:00"), zone, "fr")).toBe("lundi 7 décembre à 20 h");
    expect(formatDateTime(paris("2026-12-07T20:15"), zone, "fr")).toBe(
      "lundi 7 décembre à 20 h 15",
    );
  });

  it("writes the first of the month as « 1er » in French", () => {
    expect(formatDateTime(paris("2027-11-01T20:00"), zone, "fr")).toBe("lundi 1er novembre à 20 h");
  });

  it("writes an English date and hour", () => {
    expect(formatDateTime(paris("2026-12-07T20:00"), zone, "en")).toBe(
      "Monday 7 December at 20:00",
    );
  });
});
