import { html } from "../../html.ts";

export const schedule = {
  menu: {
    schedule: "Voir et changer les horaires de la semaine",
    open: "Ouvrir la session maintenant",
    close: "Fermer la session maintenant",
  },
  weekdays: ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"],
  fields: {
    open: "Ouverture",
    close: "Clôture",
    pickup: "Retrait",
    closingReminder: "Rappel avant clôture",
    pickupReminder: "Rappel de retrait",
  },
  title: (timezone: string) => html`🗓 <b>Horaires du drive</b> (heure de ${timezone})`,
  weeklyLine: (label: string, day: string, time: string) => html`${label} : ${day} ${time}`,
  pickupLine: (label: string, day: string, from: string, to: string) =>
    html`${label} : ${day} ${from} – ${to}`,
  pickupReminderLine: (label: string, time: string) =>
    html`${label} : ${time}, le jour du retrait (la veille s’il commence plus tôt)`,
  changeHint: "Touchez un horaire pour le changer.",
  chooseDay: (label: string) => html`${label} : quel jour ?`,
  askTime: (label: string, current: string) =>
    html`${label} : tapez l’heure, par exemple 18:00 (aujourd’hui ${current}).`,
  askPickupTimes: (current: string) =>
    html`Retrait : tapez le début et la fin, par exemple 16:00-19:00 (aujourd’hui ${current}).`,
  invalidTime: "Je n’ai pas compris l’heure. Tapez-la comme 18:00 ou 18h30.",
  dstGap:
    "Une heure entre 02:00 et 03:00 n’est pas possible : au changement d’heure, cette heure " +
    "n’existe pas (fin mars) ou revient deux fois (fin octobre), et ce moment serait sauté ou " +
    "décalé une fois par an. Choisissez une autre heure.",
  endsBeforeStart: "La fin du retrait doit venir après son début, le même jour.",
  saved:
    "C’est enregistré. La prochaine session suivra ces horaires ; " +
    "une session déjà ouverte garde les siens.",
  openConfirm: (closes: string, pickup: string) =>
    html`Ouvrir maintenant la session ? Les commandes seront possibles jusqu’au ${closes}, ` +
    html`retrait ${pickup}.`,
  yesOpen: "Oui, ouvrir",
  alreadyOpen: (closes: string) => html`Une session est déjà ouverte, jusqu’au ${closes}.`,
  opened: (closes: string) =>
    html`La session est ouverte jusqu’au ${closes}. La lettre d’information part maintenant.`,
  closeConfirm: (closes: string) =>
    html`Fermer maintenant la session ouverte (prévue jusqu’au ${closes}) ? ` +
    html`Les commandes s’arrêtent et les producteurs reçoivent leurs listes de préparation.`,
  yesClose: "Oui, fermer",
  noneOpen: "Aucune session n’est ouverte.",
  closed: (orders: number) =>
    orders === 0
      ? "La session est fermée. Aucune commande cette fois."
      : `La session est fermée : ${orders} commande${orders > 1 ? "s" : ""}.`,
  unchanged: "D’accord, rien n’est changé.",
  reminders: {
    closingNotOrdered: (drive: string, closes: string) =>
      html`⏰ Les commandes du ${drive} ferment ${closes}. Il est encore temps de composer ` +
      html`votre panier !`,
    closingBasket: (closes: string) =>
      html`⏰ Votre panier n’est pas encore confirmé. Les commandes ferment ${closes} : ` +
      html`confirmez-le pour qu’il soit préparé.`,
    pickup: (code: string, when: string, place: string) =>
      html`📦 Votre commande <b>${code}</b> vous attend ${when}, ${place}.`,
    crate: (crate: number) => `Cagette n° ${crate}.`,
    pickupNoPlace: "au point de retrait",
  },
};
