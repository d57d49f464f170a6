/** Command descriptions shown in Telegram's command menu (at most 256 characters each). */
export const menu = {
  start: "Accueil et inscription",
  help: "Ce que le bot sait faire",
  cancel: "Annuler l’étape en cours",
  helpTitle: "Voici ce que vous pouvez faire :",
};
