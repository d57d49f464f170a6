import { html } from "../../html.ts";
import type { schedule as fr } from "../fr/schedule.ts";

export const schedule: typeof fr = {
  menu: {
    schedule: "See and change the weekly times",
    open: "Open the session now",
    close: "Close the session now",
  },
  weekdays: ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"],
  fields: {
    open: "Opening",
    close: "Closing",
    pickup: "Pickup",
    closingReminder: "Reminder before closing",
    pickupReminder: "Pickup reminder",
  },
  title: (timezone: string) => html`🗓 <b>The drive's times</b> (${timezone} time)`,
  weeklyLine: (label: string, day: string, time: string) => html`${label}: ${day} ${time}`,
  pickupLine: (label: string, day: string, from: string, to: string) =>
    html`${label}: ${day} ${from}–${to}`,
  pickupReminderLine: (label: string, time: string) =>
    html`${label}: ${time} on the pickup day (the day before if the pickup starts earlier)`,
  changeHint: "Tap a time to change it.",
  chooseDay: (label: string) => html`${label}: which day?`,
  askTime: (label: string, current: string) =>
    html`${label}: type the time, for example 18:00 (now ${current}).`,
  askPickupTimes: (current: string) =>
    html`Pickup: type the start and the end, for example 16:00-19:00 (now ${current}).`,
  invalidTime: "I did not understand the time. Type it like 18:00.",
  dstGap:
    "A time between 02:00 and 03:00 is not possible: when the clocks change, that hour does " +
    "not exist (end of March) or happens twice (end of October), so it would be skipped or " +
    "shifted once a year. Please choose another time.",
  endsBeforeStart: "The pickup must end after it starts, on the same day.",
  saved: "Saved. The next session will follow these times; a session already open keeps its own.",
  openConfirm: (closes: string, pickup: string) =>
    html`Open the session now? Orders will be taken until ${closes}, pickup ${pickup}.`,
  yesOpen: "Yes, open",
  alreadyOpen: (closes: string) => html`A session is already open, until ${closes}.`,
  opened: (closes: string) =>
    html`The session is open until ${closes}. The newsletter is on its way.`,
  closeConfirm: (closes: string) =>
    html`Close the open session now (planned until ${closes})? ` +
    html`Orders stop and the producers get their pick lists.`,
  yesClose: "Yes, close",
  noneOpen: "No session is open.",
  closed: (orders: number) =>
    orders === 0
      ? "The session is closed. No orders this time."
      : `The session is closed: ${orders} order${orders > 1 ? "s" : ""}.`,
  unchanged: "All right, nothing changed.",
  reminders: {
    closingNotOrdered: (drive: string, closes: string) =>
      html`⏰ Orders at ${drive} close ${closes}. There is still time to fill your basket!`,
    closingBasket: (closes: string) =>
      html`⏰ Your basket is not confirmed yet. Orders close ${closes}: ` +
      html`confirm it so that it gets packed.`,
    pickup: (code: string, when: string, place: string) =>
      html`📦 Your order <b>${code}</b> is waiting for you ${when}, ${place}.`,
    crate: (crate: number) => `Crate no. ${crate}.`,
    pickupNoPlace: "at the pickup point",
  },
};
