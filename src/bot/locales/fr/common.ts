import { html } from "../../html.ts";

export const common = {
  error: "Désolé, quelque chose s’est mal passé de notre côté. Réessayez dans un instant.",
  staleButton: "Ce bouton n’est plus valable. Ouvrez à nouveau le menu.",
  notAllowed: "Cette commande est réservée à d’autres membres du drive.",
  notRegistered: "Tapez /start pour vous inscrire d’abord.",
  unknownText: (name: string) =>
    html`Je n’ai pas compris « ${name} ». Tapez /aide pour voir ce que je sais faire.`,
  cancelled: "C’est annulé.",
  nothingToCancel: "Il n’y a rien en cours à annuler.",
  back: "‹ Retour",
  yes: "Oui",
  no: "Non",
};
