import { DateTime, Info } from "luxon";
import { readLocalTime, validateLocalTime, type LocalTime } from "./local-time.ts";

/** A drive's week: ISO weekdays (1 = Monday) and local "HH:MM" times in `timezone`. */
export type WeeklySchedule = {
  timezone: string;
  openWeekday: number;
  openTime: string;
  closeWeekday: number;
  closeTime: string;
  pickupWeekday: number;
  pickupStartTime: string;
  pickupEndTime: string;
  closingReminderWeekday: number;
  closingReminderTime: string;
  pickupReminderTime: string;
};

/** The instants of one order cycle, in UTC. */
export type SessionTimes = {
  opensAt: Date;
  closesAt: Date;
  pickupStartsAt: Date;
  pickupEndsAt: Date;
};

export type ScheduleProblem = {
  field: keyof WeeklySchedule;
  reason: "invalid" | "in_dst_gap" | "ends_before_start";
};

const weekdayFields = [
  "openWeekday",
  "closeWeekday",
  "pickupWeekday",
  "closingReminderWeekday",
] as const;
const timeFields = [
  "openTime",
  "closeTime",
  "pickupStartTime",
  "pickupEndTime",
  "closingReminderTime",
  "pickupReminderTime",
] as const;

/** Everything wrong with a schedule, so a coordinator can fix it before any session uses it. */
export function checkSchedule(schedule: WeeklySchedule): ScheduleProblem[] {
  const problems: ScheduleProblem[] = [];
  if (!Info.isValidIANAZone(schedule.timezone)) {
    problems.push({ field: "timezone", reason: "invalid" });
  }
  for (const field of weekdayFields) {
    const day = schedule[field];
    if (!Number.isInteger(day) || day < 1 || day > 7) problems.push({ field, reason: "invalid" });
  }
  for (const field of timeFields) {
    const check = validateLocalTime(schedule[field]);
    if (!check.ok) problems.push({ field, reason: check.reason });
    else if (check.time !== schedule[field]) problems.push({ field, reason: "invalid" });
  }
  if (problems.length === 0 && schedule.pickupEndTime <= schedule.pickupStartTime) {
    problems.push({ field: "pickupEndTime", reason: "ends_before_start" });
  }
  return problems;
}

function toZone(instant: Date, timezone: string): DateTime {
  const local = DateTime.fromJSDate(instant, { zone: timezone });
  if (!local.isValid) throw new RangeError(`unknown time zone "${timezone}"`);
  return local;
}

function atTime(day: DateTime, time: LocalTime): DateTime {
  return day.set({ hour: time.hour, minute: time.minute, second: 0, millisecond: 0 });
}

// Days are stepped with plus({ days }) on the local date, never by 24 hours, so that a week
// crossing a daylight-saving change keeps its local times (18:00 stays 18:00).
function findAfter(from: DateTime, weekday: number, time: string, inclusive: boolean): DateTime {
  const clock = readLocalTime(time);
  const start = from.startOf("day");
  for (let offset = 0; offset <= 7; offset += 1) {
    const candidate = atTime(start.plus({ days: offset }), clock);
    const late = inclusive ? candidate >= from : candidate > from;
    if (candidate.weekday === weekday && late) return candidate;
  }
  throw new RangeError(`expected an ISO weekday 1..7, got ${weekday}`);
}

function findBefore(from: DateTime, weekday: number, time: string, inclusive: boolean): DateTime {
  const clock = readLocalTime(time);
  const start = from.startOf("day");
  for (let offset = 0; offset <= 7; offset += 1) {
    const candidate = atTime(start.minus({ days: offset }), clock);
    const early = inclusive ? candidate <= from : candidate < from;
    if (candidate.weekday === weekday && early) return candidate;
  }
  throw new RangeError(`expected an ISO weekday 1..7, got ${weekday}`);
}

/**
 * The cycle that opens at `opensAt`: it closes at the first closing weekday and time after the
 * opening, and the pickup is on the first pickup weekday after the close.
 */
export function cycleFromOpening(schedule: WeeklySchedule, opensAt: Date): SessionTimes {
  const open = toZone(opensAt, schedule.timezone);
  const close = findAfter(open, schedule.closeWeekday, schedule.closeTime, false);
  const pickupStart = findAfter(close, schedule.pickupWeekday, schedule.pickupStartTime, false);
  const pickupEnd = atTime(pickupStart, readLocalTime(schedule.pickupEndTime));
  if (pickupEnd <= pickupStart) {
    throw new RangeError("the pickup must end after it starts on the same day");
  }
  return {
    opensAt: open.toJSDate(),
    closesAt: close.toJSDate(),
    pickupStartsAt: pickupStart.toJSDate(),
    pickupEndsAt: pickupEnd.toJSDate(),
  };
}

/** The cycle whose opening is the first opening instant at or after `now`. */
export function nextSessionTimes(schedule: WeeklySchedule, now: Date): SessionTimes {
  const local = toZone(now, schedule.timezone);
  const open = findAfter(local, schedule.openWeekday, schedule.openTime, true);
  return cycleFromOpening(schedule, open.toJSDate());
}

/** The cycle open at `now` (opening ≤ now < close), or else the next one to open. */
export function currentOrNextCycle(schedule: WeeklySchedule, now: Date): SessionTimes {
  const local = toZone(now, schedule.timezone);
  const lastOpen = findBefore(local, schedule.openWeekday, schedule.openTime, true);
  const cycle = cycleFromOpening(schedule, lastOpen.toJSDate());
  if (now < cycle.closesAt) return cycle;
  return nextSessionTimes(schedule, now);
}

/**
 * The last closing-reminder weekday and time before the close, or null when that falls before
 * the opening (a reminder for a session nobody could order in yet would only confuse).
 */
export function closingReminderAt(schedule: WeeklySchedule, cycle: SessionTimes): Date | null {
  const close = toZone(cycle.closesAt, schedule.timezone);
  const { closingReminderWeekday: weekday, closingReminderTime: time } = schedule;
  const reminder = findBefore(close, weekday, time, false);
  return reminder.toJSDate() < cycle.opensAt ? null : reminder.toJSDate();
}

/**
 * The pickup reminder: on the pickup day at `pickupReminderTime`, or the day before when that
 * time is not before the pickup starts; null when it would come before the session closes.
 */
export function pickupReminderAt(schedule: WeeklySchedule, cycle: SessionTimes): Date | null {
  const start = toZone(cycle.pickupStartsAt, schedule.timezone);
  const clock = readLocalTime(schedule.pickupReminderTime);
  let reminder = atTime(start, clock);
  if (reminder >= start) reminder = atTime(start.minus({ days: 1 }), clock);
  return reminder.toJSDate() < cycle.closesAt ? null : reminder.toJSDate();
}

// Callers reach every schedule rule through this module; the time-of-day and date wording
// rules live in their own files to keep each one small.
export { cronExpression, validateLocalTime } from "./local-time.ts";
export { formatDateTime, formatPickupWindow } from "./date-format.ts";
