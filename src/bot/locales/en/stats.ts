import { html } from "../../html.ts";
import type { stats as fr } from "../fr/stats.ts";

export const stats: typeof fr = {
  menu: "A session's figures and CSV export",
  none: "No closed session: no figures yet.",
  title: (pickup: string) => html`<b>Figures</b> — pickup of ${pickup}`,
  baskets: (count: number, average: string) => html`Baskets: ${count} · average basket ${average}`,
  gross: (amount: string) => html`Ordered revenue: ${amount}`,
  producersTitle: "<b>By producer</b> (net sales · rate · commission):",
  producerLine: (name: string, net: string, rate: string, commission: string) =>
    html`• ${name}: ${net} · ${rate} · ${commission}`,
  commission: (amount: string) => html`Commission due to the drive: ${amount}`,
  membership: (count: number, amount: string) =>
    html`Membership fees collected: ${count} for ${amount}`,
  missing: (amount: string, rate: string, lines: number, total: number, lineRate: string) =>
    html`Missing and damaged: ${amount} (${rate} of the amount), ` +
    html`${lines} line(s) out of ${total} (${lineRate})`,
  unpaid: (amount: string) => html`Left to collect: ${amount}`,
  csv: "CSV export",
  csvName: (day: string) => `figures-${day}.csv`,
  csvHeader: [
    "Producer",
    "Lines",
    "Sales (€)",
    "Missing and damaged (€)",
    "Net sales (€)",
    "Rate (%)",
    "Commission (€)",
    "Due to the producer (€)",
  ],
  csvTotal: "Total",
};
