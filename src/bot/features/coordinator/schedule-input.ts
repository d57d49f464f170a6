import {
  checkSchedule,
  validateLocalTime,
  type ScheduleProblem,
} from "../../../domain/calendar.ts";
import type { Drive } from "../../../db/drive.ts";
import { scheduleOf, type ScheduleChange } from "../../../db/drive-schedule.ts";
import { weekdayOf, type ScheduleField } from "./schedule-view.ts";

export type ScheduleInput =
  { ok: true; change: ScheduleChange } | { ok: false; reason: ScheduleProblem["reason"] };

const timeFieldOf = {
  open: "openTime",
  close: "closeTime",
  closingReminder: "closingReminderTime",
  pickupReminder: "pickupReminderTime",
} as const;

/**
 * Reads what a coordinator typed for one part of the week ("18:00", or "16:00-19:00" for the
 * pickup) with the chosen day, and checks the whole schedule it would give.
 */
export function readScheduleInput(
  drive: Drive,
  field: ScheduleField,
  weekday: number | null,
  text: string,
): ScheduleInput {
  const parts = field === "pickup" ? text.split(/\s*(?:-|–|—|à|to)\s*/i) : [text];
  if (parts.length !== (field === "pickup" ? 2 : 1)) return { ok: false, reason: "invalid" };
  const times: string[] = [];
  for (const part of parts) {
    const check = validateLocalTime(part);
    if (!check.ok) return { ok: false, reason: check.reason };
    times.push(check.time);
  }
  const change: ScheduleChange =
    field === "pickup"
      ? { pickupStartTime: times[0]!, pickupEndTime: times[1]! }
      : { [timeFieldOf[field]]: times[0]! };
  const dayField = weekdayOf[field];
  if (dayField && weekday !== null) change[dayField] = weekday;
  const problems = checkSchedule({ ...scheduleOf(drive), ...change });
  if (problems.length > 0) return { ok: false, reason: problems[0]!.reason };
  return { ok: true, change };
}
