import { DateTime } from "luxon";

const dayMs = 86_400_000;

/**
 * A calendar day as a whole number (days since 1970-01-01), small enough for a button.
 * Shifts store the day at 12:00 UTC, like `npm run cli -- shift add`, so the date reads
 * the same in every European zone.
 */
export function dayNumberOf(instant: Date, timezone: string): number {
  const local = DateTime.fromJSDate(instant, { zone: timezone });
  return Math.floor(Date.UTC(local.year, local.month - 1, local.day) / dayMs);
}

/** The stored instant of a day number: its 12:00 UTC. */
export function shiftDayOf(dayNumber: number): Date {
  return new Date(dayNumber * dayMs + 12 * 3_600_000);
}

/**
 * Reads "12/03", "12/03/2027", "12.03.27" or "2027-03-12" as a day number; a date
 * without a year is taken in the current year, or the previous one when it would be in
 * the future (help is recorded after it happened). Null for anything else.
 */
export function parseDayText(text: string, today: number): number | null {
  const cleaned = text.trim();
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(cleaned);
  const french = /^(\d{1,2})[/.-](\d{1,2})(?:[/.-](\d{2}|\d{4}))?$/.exec(cleaned);
  const todayDate = new Date(today * dayMs);
  let year: number;
  let month: number;
  let day: number;
  if (iso) [year, month, day] = [Number(iso[1]), Number(iso[2]), Number(iso[3])];
  else if (french) {
    day = Number(french[1]);
    month = Number(french[2]);
    const typed = french[3];
    year =
      typed === undefined
        ? todayDate.getUTCFullYear()
        : Number(typed.length === 2 ? `20${typed}` : typed);
    if (typed === undefined && Date.UTC(year, month - 1, day) > todayDate.getTime()) year -= 1;
  } else return null;
  const date = new Date(Date.UTC(year, month - 1, day));
  if (
    date.getUTCFullYear() !== year ||
    date.getUTCMonth() !== month - 1 ||
    date.getUTCDate() !== day
  ) {
    return null;
  }
  return Math.floor(date.getTime() / dayMs);
}
