import { html } from "../../html.ts";

export const stats = {
  menu: "Bilan d’une session et export CSV",
  none: "Aucune session fermée : pas encore de bilan.",
  title: (pickup: string) => html`<b>Bilan</b> — retrait du ${pickup}`,
  baskets: (count: number, average: string) => html`Paniers : ${count} · panier moyen ${average}`,
  gross: (amount: string) => html`Chiffre d’affaires commandé : ${amount}`,
  producersTitle: "<b>Par producteur</b> (ventes nettes · taux · commission) :",
  producerLine: (name: string, net: string, rate: string, commission: string) =>
    html`• ${name} : ${net} · ${rate} · ${commission}`,
  commission: (amount: string) => html`Commission due au drive : ${amount}`,
  membership: (count: number, amount: string) =>
    html`Adhésions encaissées : ${count} pour ${amount}`,
  missing: (amount: string, rate: string, lines: number, total: number, lineRate: string) =>
    html`Manquants et abîmés : ${amount} (${rate} du montant), ` +
    html`${lines} ligne(s) sur ${total} (${lineRate})`,
  unpaid: (amount: string) => html`Reste à encaisser : ${amount}`,
  csv: "Export CSV",
  csvName: (day: string) => `bilan-${day}.csv`,
  csvHeader: [
    "Producteur",
    "Lignes",
    "Ventes (€)",
    "Manquants et abîmés (€)",
    "Ventes nettes (€)",
    "Taux (%)",
    "Commission (€)",
    "Dû au producteur (€)",
  ],
  csvTotal: "Total",
};
