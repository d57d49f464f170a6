import { html } from "../../html.ts";

export const complaints = {
  menu: "Signaler un problème sur une commande retirée",
  none: "Vous n’avez pas de commande retirée récemment : il n’y a rien à signaler.",
  chooseOrder: "Sur quelle commande porte le problème ?",
  orderButton: (code: string, day: string, total: string) => `${code} · ${day} · ${total}`,
  describe: (code: string) =>
    html`Commande ${code} : décrivez le problème (quel produit, ce qui n’allait pas).`,
  tooShort: "Dites-nous en quelques mots ce qui n’allait pas.",
  askPhoto: "Vous pouvez envoyer une photo, ou envoyer le signalement sans photo.",
  noPhoto: "Envoyer sans photo",
  photoOrSkip: "Envoyez une photo, ou touchez « Envoyer sans photo ».",
  sent: "Merci, votre signalement est transmis. Vous aurez la réponse ici.",
  coordinatorNotice: (name: string, code: string, text: string, hasPhoto: boolean) =>
    html`<b>Signalement</b> de ${name}, commande ${code} : ${text}` +
    (hasPhoto ? "\n(photo jointe)" : ""),
  photoCaption: (code: string) => html`Photo du signalement, commande ${code}`,
  grant: "Accorder un avoir",
  refuse: "Refuser",
  producerNotice: (farm: string, code: string, text: string) =>
    html`<b>Signalement d’un client</b> (${farm}, commande ${code}) : ${text} ` +
    html`Un coordinateur décide de la suite.`,
  askCredit: (code: string) =>
    html`Montant de l’avoir pour la commande ${code} ? (par exemple 3,50)`,
  badAmount: "Je n’ai pas compris ce montant. Tapez par exemple 3,50.",
  granted: (amount: string) => html`Avoir de ${amount} accordé ; le client est prévenu.`,
  refused: "Signalement refusé ; le client est prévenu.",
  alreadyDecided: "Ce signalement a déjà été traité.",
  customerGranted: (code: string, amount: string) =>
    html`Votre signalement sur la commande ${code} : un avoir de ${amount} vous est accordé. ` +
    html`Il sera déduit de votre prochaine commande.`,
  customerRefused: (code: string) =>
    html`Votre signalement sur la commande ${code} n’a pas donné lieu à un avoir. ` +
    html`Parlez-en à un coordinateur au prochain retrait si besoin.`,
};
