export type LocalTime = { hour: number; minute: number };

export type LocalTimeCheck =
  | { ok: true; time: string; hour: number; minute: number }
  | { ok: false; reason: "invalid" | "in_dst_gap" };

// "18:00", "9:30", "18h", "18 h 30": what a coordinator may type.
const timePattern = /^(\d{1,2})(?::(\d{2})|\s*h\s*(\d{2})?)$/i;

/**
 * Checks a local time of the schedule and gives it back as "HH:MM". Times from 02:00 to 02:59
 * are refused: in Europe/Paris that hour is skipped on the last Sunday of March and repeated
 * on the last Sunday of October, so a job set then would silently not run, or the session
 * times would shift by an hour, once a year.
 */
export function validateLocalTime(text: string): LocalTimeCheck {
  const match = timePattern.exec(text.trim());
  if (!match) return { ok: false, reason: "invalid" };

  const hour = Number(match[1]);
  const minute = Number(match[2] ?? match[3] ?? "0");
  if (hour > 23 || minute > 59) return { ok: false, reason: "invalid" };
  if (hour === 2) return { ok: false, reason: "in_dst_gap" };
  return { ok: true, time: formatClock({ hour, minute }), hour, minute };
}

/** Reads an already validated "HH:MM"; a malformed one is a programming error. */
export function readLocalTime(text: string): LocalTime {
  const match = /^(\d{2}):(\d{2})$/.exec(text);
  const hour = Number(match?.[1]);
  const minute = Number(match?.[2]);
  if (!match || hour > 23 || minute > 59) {
    throw new RangeError(`expected a local time "HH:MM", got "${text}"`);
  }
  return { hour, minute };
}

/** "09:05": the stored form, also the English display form. */
export function formatClock({ hour, minute }: LocalTime): string {
  return `${String(hour).padStart(2, "0")}:${String(minute).padStart(2, "0")}`;
}

/**
 * node-cron expression "m h * * d" for a weekly local time. node-cron counts Sunday as 0 (or
 * 7) and Monday as 1, so ISO weekdays map directly except that Sunday 7 is written 0.
 */
export function cronExpression(weekday: number, time: string): string {
  if (!Number.isInteger(weekday) || weekday < 1 || weekday > 7) {
    throw new RangeError(`expected an ISO weekday 1..7, got ${weekday}`);
  }
  const { hour, minute } = readLocalTime(time);
  return `${minute} ${hour} * * ${weekday % 7}`;
}
