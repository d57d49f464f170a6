import { html } from "../../html.ts";
import type { start as fr } from "../fr/start.ts";

export const start: typeof fr = {
  welcome: (firstName: string, driveName: string) =>
    html`Hello ${firstName}! Welcome to ${driveName}. ` +
    html`Local producers sell here: you order during the week ` +
    html`and collect your crate at the pickup point.`,
  welcomeBack: (firstName: string) => html`Hello again ${firstName}!`,
  invitationAccepted: {
    producer: (farm: string) =>
      html`You are now a producer for “${farm}”. Type /products for your offer.`,
    coordinator: "You are now a coordinator of the drive. Type /help for your commands.",
    volunteer: "Thank you! You are registered as a volunteer of the drive.",
  },
  invitationRefused: {
    unknown: "This invitation link does not exist. Ask a coordinator for a new one.",
    used: "This invitation link has already been used. Ask a coordinator for a new one.",
    expired: "This invitation link has expired. Ask a coordinator for a new one.",
  },
};
