import { DateTime } from "luxon";
import { validateLocalTime } from "./local-time.ts";

const weekdayNames: Record<string, number> = {
  lundi: 1,
  mardi: 2,
  mercredi: 3,
  jeudi: 4,
  vendredi: 5,
  samedi: 6,
  dimanche: 7,
  monday: 1,
  tuesday: 2,
  wednesday: 3,
  thursday: 4,
  friday: 5,
  saturday: 6,
  sunday: 7,
};
const relativeDays: Record<string, number> = {
  "aujourd'hui": 0,
  "aujourd’hui": 0,
  today: 0,
  demain: 1,
  tomorrow: 1,
};

/**
 * Reads a moment a coordinator typed, in the drive's zone: "mercredi 14:00" (the next such
 * day, today when the time is still ahead), "demain 9h", "2026-12-09 14:00" or "09/12 14:00".
 * Null when it cannot be read; the caller checks that it is in the future.
 */
export function parseTypedDateTime(text: string, timezone: string, now: Date): Date | null {
  const match = /^(.+?)\s+(?:à\s+|at\s+)?(\d{1,2}(?::\d{2}|\s*h\s*\d{0,2}))$/i.exec(text.trim());
  if (!match) return null;
  const time = validateLocalTime(match[2]!);
  if (!time.ok) return null;
  const dayText = match[1]!.trim().toLowerCase();
  const day = readDay(dayText, DateTime.fromJSDate(now, { zone: timezone }));
  if (!day) return null;
  let at = day.set({ hour: time.hour, minute: time.minute, second: 0, millisecond: 0 });
  // "lundi 10:00" typed on Monday at 11:00 means next Monday.
  if (dayText in weekdayNames && at.toJSDate() <= now) at = at.plus({ days: 7 });
  return at.isValid ? at.toJSDate() : null;
}

function readDay(text: string, today: DateTime): DateTime | null {
  if (text in relativeDays) return today.plus({ days: relativeDays[text]! });
  const weekday = weekdayNames[text];
  if (weekday) return today.plus({ days: (weekday - today.weekday + 7) % 7 });
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (iso) return fromParts(today, Number(iso[1]), Number(iso[2]), Number(iso[3]));
  const dmy = /^(\d{1,2})\/(\d{1,2})(?:\/(\d{4}))?$/.exec(text);
  if (dmy) return fromParts(today, Number(dmy[3] ?? today.year), Number(dmy[2]), Number(dmy[1]));
  return null;
}

function fromParts(today: DateTime, year: number, month: number, day: number): DateTime | null {
  const date = DateTime.fromObject({ year, month, day }, { zone: today.zone });
  return date.isValid ? date : null;
}
