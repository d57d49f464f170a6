import { DateTime } from "luxon";
import { toLocaleTag, type Language } from "../../../domain/values.ts";

function toLocal(instant: Date, timezone: string, lang: Language): DateTime {
  return DateTime.fromJSDate(instant, { zone: timezone }).setLocale(toLocaleTag(lang));
}

/** "mercredi 9 décembre", "lundi 1er mars" / "Wednesday 9 December". */
export function formatWeekday(instant: Date, timezone: string, lang: Language): string {
  const local = toLocal(instant, timezone, lang);
  if (lang === "fr" && local.day === 1) return local.toFormat("cccc '1er' LLLL");
  return local.toFormat("cccc d LLLL");
}

/** "12 novembre", "1er mars" / "12 November": the day a shift was done. */
export function formatShortDay(instant: Date, timezone: string, lang: Language): string {
  const local = toLocal(instant, timezone, lang);
  if (lang === "fr" && local.day === 1) return local.toFormat("'1er' LLLL");
  return local.toFormat("d LLLL");
}

/** "9 h", "8 h 30" / "09:00". */
export function formatHour(instant: Date, timezone: string, lang: Language): string {
  const local = toLocal(instant, timezone, lang);
  if (lang === "en") return local.toFormat("HH:mm");
  return local.minute === 0 ? `${local.hour} h` : `${local.hour} h ${local.toFormat("mm")}`;
}

/** "novembre 2026" / "November 2026". */
export function formatMonth(year: number, month: number, timezone: string, lang: Language): string {
  const local = DateTime.fromObject({ year, month, day: 1 }, { zone: timezone });
  return local.setLocale(toLocaleTag(lang)).toFormat("LLLL yyyy");
}

/**
 * Producers bring their goods on the pickup day before this local time, so volunteers can
 * label and pack in the morning; one rule for the whole drive.
 */
export const deliveryDeadlineTime = { hour: 9, minute: 0 };

export function deliveryDeadline(pickupStartsAt: Date, timezone: string): Date {
  const local = DateTime.fromJSDate(pickupStartsAt, { zone: timezone });
  return local.set({ ...deliveryDeadlineTime, second: 0, millisecond: 0 }).toJSDate();
}

/** The calendar month holding `instant` in the drive's zone, and its bounds in UTC. */
export function monthOf(
  instant: Date,
  timezone: string,
): { year: number; month: number; start: Date; end: Date } {
  const local = DateTime.fromJSDate(instant, { zone: timezone }).startOf("month");
  return monthBounds(local.year, local.month, timezone);
}

export function monthBounds(
  year: number,
  month: number,
  timezone: string,
): { year: number; month: number; start: Date; end: Date } {
  const start = DateTime.fromObject({ year, month, day: 1 }, { zone: timezone });
  return { year, month, start: start.toJSDate(), end: start.plus({ months: 1 }).toJSDate() };
}
