import { html } from "../../html.ts";

export const sales = {
  title: (farm: string, month: string) => html`<b>Ventes · ${farm} · ${month}</b>`,
  none: "Aucune vente ce mois-ci.",
  session: (v: { day: string; open: boolean }) =>
    html`<b>Retrait du ${v.day}</b>` + (v.open ? " (session ouverte, commandes à ce jour)" : ""),
  gross: (amount: string) => `Ventes : ${amount}`,
  deductions: (amount: string) => `Retenues (manquants, abîmés) : −${amount}`,
  commission: (rate: string, amount: string) => `Commission ${rate} : ${amount}`,
  commissionTotal: (amount: string) => `Commission : ${amount}`,
  due: (amount: string) => `<b>À vous reverser : ${amount}</b>`,
  helped: (rate: string, name: string, day: string) => html`${rate} : ${name} a aidé le ${day}`,
  notHelped: (rate: string, months: number) =>
    `${rate} : aucune aide dans les ${months} mois avant le retrait`,
  monthTotal: "<b>Total du mois</b>",
  previous: "‹ Mois précédent",
  next: "Mois suivant ›",
};
