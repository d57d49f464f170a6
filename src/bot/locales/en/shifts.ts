import { html } from "../../html.ts";
import type { shifts as fr } from "../fr/shifts.ts";

export const shifts: typeof fr = {
  menu: "Record volunteers' help",
  recentTitle: "<b>Latest help recorded:</b>",
  noneYet: "No help recorded yet.",
  recentLine: (day: string, name: string, task: string, farm: string | null) =>
    html`• ${day} — ${name}${farm ? ` (${farm})` : ""}: ${task}`,
  askName: "Type the name of the person who helped:",
  noMatch: (query: string) => html`Nobody is called “${query}”. Try another name.`,
  chooseMember: "Who helped?",
  memberButton: (name: string, farm: string | null) => (farm ? `${name} (${farm})` : name),
  chooseTask: (name: string, day: string) => html`${name}, on ${day}: what help?`,
  tasks: { packing: "Packing", pickup: "Pickup", other: "Other" },
  otherDay: "Another day",
  typeDate: "Type the day (for example 12/03 or 12/03/2027):",
  badDate: "I did not understand that date. Type for example 12/03 or 12/03/2027.",
  recorded: (name: string, day: string, task: string) =>
    html`Thank you! Help from ${name} on ${day} recorded (${task}).`,
  duplicate: "This help is already recorded.",
  unknownMember: "This member no longer exists.",
};
