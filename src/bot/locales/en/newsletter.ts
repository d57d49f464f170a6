import { html } from "../../html.ts";
import type { newsletter as fr } from "../fr/newsletter.ts";

export const newsletter: typeof fr = {
  menu: "Prepare the newsletter of the next opening",
  title: (drive: string) => html`🧺 <b>${drive}: orders are open!</b>`,
  newProducers: "<b>New producers</b>",
  producer: (name: string, town: string) => (town ? html`• ${name} (${town})` : html`• ${name}`),
  newProducts: "<b>New this week</b>",
  seasonal: "<b>In season</b>",
  product: (name: string, producer: string) => html`• ${name} — ${producer}`,
  orderUntil: (closes: string) => html`🛒 Order until ${closes}, right here.`,
  pickup: (window: string, place: string) => html`📍 Pickup ${window}, ${place}.`,
  pickupNoPlace: "at the usual pickup point",
  unsubscribeHint: "To stop this newsletter: /unsubscribe",
  previewTitle: (opens: string) =>
    html`This is the newsletter that will go at the opening, ${opens}:`,
  previewOpen: "This is the newsletter that goes out now:",
  alreadySent: "This session's newsletter has already gone.",
  noSession: "No session is coming yet.",
  choose: "You can add a line of your own, or let it go as it is.",
  addNote: "Add a line",
  replaceNote: "Replace my line",
  removeNote: "Remove my line",
  keep: "Leave it as is",
  askNote: "Type the line to add to the newsletter (500 characters at most). /cancel to give up.",
  noteTooLong: (max: number) => `That is too long: ${max} characters at most.`,
  noteSaved: "Noted, your line will be in the newsletter.",
  noteRemoved: "Your line is removed.",
  kept: "Very well, the newsletter will go as it is.",
};
