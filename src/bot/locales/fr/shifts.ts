import { html } from "../../html.ts";

export const shifts = {
  menu: "Enregistrer l’aide des bénévoles",
  recentTitle: "<b>Dernières aides enregistrées :</b>",
  noneYet: "Aucune aide enregistrée pour l’instant.",
  recentLine: (day: string, name: string, task: string, farm: string | null) =>
    html`• ${day} — ${name}${farm ? ` (${farm})` : ""} : ${task}`,
  askName: "Tapez le nom de la personne qui a aidé :",
  noMatch: (query: string) => html`Personne ne s’appelle « ${query} ». Essayez un autre nom.`,
  chooseMember: "Qui a aidé ?",
  memberButton: (name: string, farm: string | null) => (farm ? `${name} (${farm})` : name),
  chooseTask: (name: string, day: string) => html`${name}, le ${day} : quelle aide ?`,
  tasks: { packing: "Préparation", pickup: "Retrait", other: "Autre" },
  otherDay: "Un autre jour",
  typeDate: "Tapez le jour (par exemple 12/03 ou 12/03/2027) :",
  badDate: "Je n’ai pas compris cette date. Tapez par exemple 12/03 ou 12/03/2027.",
  recorded: (name: string, day: string, task: string) =>
    html`Merci ! Aide de ${name} le ${day} enregistrée (${task}).`,
  duplicate: "Cette aide est déjà enregistrée.",
  unknownMember: "Ce membre n’existe plus.",
};
