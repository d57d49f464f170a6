import type { menu as fr } from "../fr/menu.ts";

export const menu: typeof fr = {
  start: "Welcome and registration",
  help: "What the bot can do",
  cancel: "Cancel the current step",
  helpTitle: "Here is what you can do:",
};
