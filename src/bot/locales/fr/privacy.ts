import { html } from "../../html.ts";

/** The privacy notice and the texts of /mesdonnees, /oubliermoi and /confidentialite. */
export const privacy = {
  menuPrivacy: "Vos données personnelles : ce que nous gardons et pourquoi",
  menuMyData: "Recevoir toutes vos données",
  menuForgetMe: "Effacer vos données personnelles",
  /** Shown in full by /confidentialite, and offered at /start. */
  notice: (driveName: string) =>
    html`<b>Vos données personnelles au ${driveName}</b> ` +
    html`<b>Qui les traite</b> : l’association qui fait vivre le drive, responsable ` +
    html`du traitement. Elles ne sont ni vendues ni transmises à des tiers. ` +
    html`<b>Ce que nous gardons</b> : votre identifiant Telegram, votre prénom et votre ` +
    html`nom d’utilisateur Telegram, le nom écrit sur votre cagette, votre téléphone si ` +
    html`vous le donnez, votre langue ; votre panier, vos commandes, paiements, avoirs, ` +
    html`réclamations et participations bénévoles ; l’étape où vous en êtes dans une ` +
    html`conversation avec le bot. ` +
    html`<b>Pourquoi</b> : préparer et remettre vos commandes (exécution de votre ` +
    html`adhésion), tenir la comptabilité de l’association (obligation légale), vous ` +
    html`envoyer les rappels de commande et de retrait et la lettre d’information ` +
    html`(intérêt légitime de l’association ; vous pouvez la refuser). ` +
    html`<b>Combien de temps</b> : vos données de membre tant que vous êtes membre, ` +
    html`jusqu’à ce que vous demandiez leur effacement ; l’étape d’une conversation ` +
    html`jusqu’à sa fin ; les pièces comptables (commandes, paiements, avoirs) 10 ans, ` +
    html`comme la loi l’exige, rendues anonymes si vous demandez l’effacement. Le texte ` +
    html`de vos messages n’est pas enregistré dans les journaux du bot. ` +
    html`<b>Vos droits</b> : /mesdonnees vous envoie tout ce que nous gardons sur vous ; ` +
    html`/oubliermoi efface vos données personnelles ; un coordinateur du drive corrige ` +
    html`une donnée inexacte sur demande. Vous pouvez aussi saisir la CNIL (cnil.fr).`,
  exportCaption: "Voici tout ce que le drive garde sur vous, au format JSON.",
  exportNothing: "Nous ne gardons aucune donnée sur vous : vous n’êtes pas inscrit.",
  exportFileName: "mes-donnees-drive.json",
  forgetAsk:
    "Voulez-vous vraiment effacer vos données personnelles ? Votre nom, votre téléphone, " +
    "votre panier et vos conversations seront supprimés. Vos commandes passées restent " +
    "dans la comptabilité, sans votre nom. C’est définitif.",
  forgetConfirm: "Oui, effacer mes données",
  forgetKeep: "Non, garder mon compte",
  forgetDone:
    "Vos données personnelles sont effacées. Merci d’avoir fait vivre le drive ! " +
    "Tapez /start si vous voulez revenir un jour.",
  forgetKept: "Rien n’a été effacé.",
  forgetNothing: "Il n’y a rien à effacer : vous n’êtes pas inscrit.",
};
