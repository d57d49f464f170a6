import { html } from "../../html.ts";

export const broadcast = {
  menu: {
    broadcast: "Envoyer une annonce",
    unsubscribe: "Ne plus recevoir la lettre et les annonces",
    subscribe: "Recevoir de nouveau la lettre et les annonces",
  },
  askMessage:
    "Écrivez le message à diffuser : un texte, ou une photo avec sa légende. " +
    "/annuler pour renoncer.",
  empty: "Le message est vide. Écrivez un texte, ou envoyez une photo avec sa légende.",
  tooLong: (max: number) => `C’est trop long : ${max} caractères au plus pour ce message.`,
  chooseAudience: "À qui l’envoyer ?",
  audiences: {
    everyone: "Tout le monde",
    customers: "Les clients",
    producers: "Les producteurs",
    volunteers: "Les bénévoles",
    session_customers: "Les clients de la session",
  },
  audienceButton: (label: string, count: number) => `${label} (${count})`,
  previewAbove: "Aperçu du message :",
  preview: (audience: string, count: number) =>
    html`Destinataires : ${audience}, ${count} personne${count > 1 ? "s" : ""}. ` +
    html`Envoyer maintenant ou programmer ?`,
  sendNow: "Envoyer maintenant",
  schedule: "Programmer",
  cancel: "Annuler",
  cancelled: "La diffusion est abandonnée.",
  queued: (count: number) =>
    `C’est parti pour ${count} destinataire${count > 1 ? "s" : ""}. ` +
    "Vous recevrez le bilan d’envoi une fois tout parti.",
  askWhen: (timezone: string) =>
    html`Quand l’envoyer ? Tapez le jour et l’heure, par exemple « mercredi 14:00 » ou ` +
    html`« 2026-12-09 14:00 » (heure de ${timezone}).`,
  badWhen:
    "Je n’ai pas compris la date. Tapez par exemple « mercredi 14:00 » ou « 2026-12-09 14:00 ».",
  pastWhen: "Ce moment est déjà passé. Choisissez un moment à venir.",
  scheduled: (when: string) =>
    html`C’est programmé pour ${when}. Vous recevrez le bilan d’envoi ensuite.`,
  report: (excerpt: string, sent: number, failed: number, unreachable: number) =>
    html`📊 Bilan de votre diffusion « ${excerpt} » : ${sent} envoyé${sent > 1 ? "s" : ""}, ` +
    html`${failed} en échec, ${unreachable} injoignable${unreachable > 1 ? "s" : ""}.`,
  unsubscribed:
    "C’est fait : vous ne recevrez plus la lettre ni les annonces générales. Les messages " +
    "sur vos propres commandes continuent d’arriver. /abonner pour les reprendre.",
  alreadyUnsubscribed: "Vous ne recevez déjà plus la lettre. /abonner pour la reprendre.",
  subscribed: "C’est fait : vous recevrez de nouveau la lettre et les annonces du drive.",
  alreadySubscribed: "Vous recevez déjà la lettre du drive.",
};
