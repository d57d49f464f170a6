import { html } from "../../html.ts";
import type { common as fr } from "../fr/common.ts";

export const common: typeof fr = {
  error: "Sorry, something went wrong on our side. Please try again in a moment.",
  staleButton: "This button is no longer valid. Please open the menu again.",
  notAllowed: "This command is for other members of the drive.",
  notRegistered: "Type /start to register first.",
  unknownText: (name: string) =>
    html`I did not understand “${name}”. Type /help to see what I can do.`,
  cancelled: "Cancelled.",
  nothingToCancel: "There is nothing in progress to cancel.",
  back: "‹ Back",
  yes: "Yes",
  no: "No",
};
