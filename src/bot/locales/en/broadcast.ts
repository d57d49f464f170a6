import { html } from "../../html.ts";
import type { broadcast as fr } from "../fr/broadcast.ts";

export const broadcast: typeof fr = {
  menu: {
    broadcast: "Send an announcement",
    unsubscribe: "Stop the newsletter and announcements",
    subscribe: "Get the newsletter and announcements again",
  },
  askMessage: "Write the message to send: a text, or a photo with its caption. /cancel to give up.",
  empty: "The message is empty. Write a text, or send a photo with a caption.",
  tooLong: (max: number) => `That is too long: ${max} characters at most for this message.`,
  chooseAudience: "Who should get it?",
  audiences: {
    everyone: "Everyone",
    customers: "Customers",
    producers: "Producers",
    volunteers: "Volunteers",
    session_customers: "This session's customers",
  },
  audienceButton: (label: string, count: number) => `${label} (${count})`,
  previewAbove: "Preview of the message:",
  preview: (audience: string, count: number) =>
    html`Recipients: ${audience}, ${count} ${count === 1 ? "person" : "people"}. ` +
    html`Send now or schedule?`,
  sendNow: "Send now",
  schedule: "Schedule",
  cancel: "Cancel",
  cancelled: "The announcement is dropped.",
  queued: (count: number) =>
    `On its way to ${count} recipient${count === 1 ? "" : "s"}. ` +
    "You will get the delivery report once everything has gone.",
  askWhen: (timezone: string) =>
    html`When should it go? Type the day and time, for example "Wednesday 14:00" or ` +
    html`"2026-12-09 14:00" (${timezone} time).`,
  badWhen:
    'I did not understand the date. Type for example "Wednesday 14:00" or "2026-12-09 14:00".',
  pastWhen: "That moment has passed. Choose one to come.",
  scheduled: (when: string) => html`Scheduled for ${when}. You will get the delivery report after.`,
  report: (excerpt: string, sent: number, failed: number, unreachable: number) =>
    html`📊 Delivery report for "${excerpt}": ${sent} sent, ${failed} failed, ` +
    html`${unreachable} unreachable.`,
  unsubscribed:
    "Done: you will no longer get the newsletter or general announcements. Messages about " +
    "your own orders still come. /subscribe to get them again.",
  alreadyUnsubscribed: "You already stopped the newsletter. /subscribe to get it again.",
  subscribed: "Done: you will get the drive's newsletter and announcements again.",
  alreadySubscribed: "You already get the drive's newsletter.",
};
