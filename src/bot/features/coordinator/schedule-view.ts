import { Markup } from "telegraf";
import type { InlineKeyboardMarkup } from "telegraf/types";
import type { Drive } from "../../../db/drive.ts";
import type { ScheduleChange } from "../../../db/drive-schedule.ts";
import { defineAction, type CallbackKey } from "../../callback-data.ts";
import type { BotContext } from "../../context.ts";
import type { Texts } from "../../i18n.ts";

/** The parts of the week a coordinator changes one at a time. */
export const scheduleFields = [
  "open",
  "close",
  "pickup",
  "closingReminder",
  "pickupReminder",
] as const;
export type ScheduleField = (typeof scheduleFields)[number];

export const weekdayOf = {
  open: "openWeekday",
  close: "closeWeekday",
  pickup: "pickupWeekday",
  closingReminder: "closingReminderWeekday",
  pickupReminder: null,
} as const satisfies Record<ScheduleField, keyof ScheduleChange | null>;

export const chooseField = defineAction("shfld", ["field"] as const);
export const chooseDay = defineAction("shday", ["field", "day"] as const);

export function dayName(t: Texts, weekday: number): string {
  return t.schedule.weekdays[weekday - 1] ?? "?";
}

/** The current time of a field, as the coordinator typed it: "18:00" or "16:00-19:00". */
export function currentTimeOf(drive: Drive, field: ScheduleField): string {
  switch (field) {
    case "open":
      return drive.openTime;
    case "close":
      return drive.closeTime;
    case "pickup":
      return `${drive.pickupStartTime}-${drive.pickupEndTime}`;
    case "closingReminder":
      return drive.closingReminderTime;
    case "pickupReminder":
      return drive.pickupReminderTime;
  }
}

export function scheduleText(t: Texts, drive: Drive): string {
  const s = t.schedule;
  const f = s.fields;
  return [
    s.title(drive.timezone),
    "",
    s.weeklyLine(f.open, dayName(t, drive.openWeekday), drive.openTime),
    s.weeklyLine(f.close, dayName(t, drive.closeWeekday), drive.closeTime),
    s.pickupLine(
      f.pickup,
      dayName(t, drive.pickupWeekday),
      drive.pickupStartTime,
      drive.pickupEndTime,
    ),
    s.weeklyLine(
      f.closingReminder,
      dayName(t, drive.closingReminderWeekday),
      drive.closingReminderTime,
    ),
    s.pickupReminderLine(f.pickupReminder, drive.pickupReminderTime),
    "",
    s.changeHint,
  ].join("\n");
}

export function scheduleKeyboard(t: Texts, key: CallbackKey): InlineKeyboardMarkup {
  const buttons = scheduleFields.map((field, index) =>
    Markup.button.callback(t.schedule.fields[field], chooseField.pack(key, { field: index })),
  );
  const rows = [];
  for (let i = 0; i < buttons.length; i += 2) rows.push(buttons.slice(i, i + 2));
  return Markup.inlineKeyboard(rows).reply_markup;
}

export function dayKeyboard(t: Texts, key: CallbackKey, field: number): InlineKeyboardMarkup {
  const days = t.schedule.weekdays.map((name, index) =>
    Markup.button.callback(name, chooseDay.pack(key, { field, day: index + 1 })),
  );
  return Markup.inlineKeyboard([days.slice(0, 4), days.slice(4)]).reply_markup;
}

/** The data of the pressed button; empty when the update carries none (a game button…). */
export function pressedData(ctx: BotContext): string {
  const query = ctx.callbackQuery;
  return query && "data" in query ? query.data : "";
}
