import { html } from "../../html.ts";
import type { sales as fr } from "../fr/producer-sales.ts";

export const sales: typeof fr = {
  title: (farm, month) => html`<b>Sales · ${farm} · ${month}</b>`,
  none: "No sales this month.",
  session: (v) =>
    html`<b>Pickup on ${v.day}</b>` + (v.open ? " (session open, orders so far)" : ""),
  gross: (amount) => `Sales: ${amount}`,
  deductions: (amount) => `Deductions (missing, damaged): −${amount}`,
  commission: (rate, amount) => `Commission ${rate}: ${amount}`,
  commissionTotal: (amount) => `Commission: ${amount}`,
  due: (amount) => `<b>Due to you: ${amount}</b>`,
  helped: (rate, name, day) => html`${rate}: ${name} helped on ${day}`,
  notHelped: (rate, months) => `${rate}: no help in the ${months} months before the pickup`,
  monthTotal: "<b>Month total</b>",
  previous: "‹ Previous month",
  next: "Next month ›",
};
