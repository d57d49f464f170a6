import { html } from "../../html.ts";
import type { pickList as fr } from "../fr/producer-pick-list.ts";

const plural = (count: number, one: string, many: string) => (count > 1 ? many : one);

export const pickList: typeof fr = {
  message: {
    title: (v) => html`<b>Pick list · ${v.producerName}</b> ${v.deliveryText}`,
    lineFormat: (v) =>
      html`• ${v.productName}: <b>${v.quantity}</b> — ${v.customers} ` +
      html`${plural(v.customers, "customer", "customers")} — ${v.amount}`,
    total: (v) =>
      html`<b>Total: ${v.amount}</b> (${v.productCount} ` +
      html`${plural(v.productCount, "product", "products")}, ${v.orderCount} ` +
      html`${plural(v.orderCount, "order", "orders")})`,
    byCustomer: "<b>By order</b> (code · crate)",
    customerLineFormat: (v) =>
      html`${v.orderCode} · ${v.crateName}: ${v.productName} — ${v.quantity}`,
    continued: (v) => html`<i>Pick list · ${v.producerName} (part ${v.part}/${v.parts})</i>`,
    nothingOrdered: "No order for you in this session.",
  },
  delivery: (point, day, hour) => `To deliver at ${point} on ${day} before ${hour}.`,
  noOrders: (farm, day) =>
    html`The session is closed: no order for “${farm}” this time, ` +
    html`nothing to deliver for the pickup on ${day}. See you next week!`,
  soFar: "The session is still open: here is what has been ordered so far.",
  noSession: "There is no current session: nothing to prepare for now.",
  sessionLabel: (day) => `Pickup on ${day}`,
  pdfCaption: "The pick list to print (PDF).",
  csvCaption: "The detail by order for a spreadsheet (CSV).",
  fileBase: "pick-list",
  csvHeader: ["Order", "Crate", "Product", "Quantity", "Steps", "Amount (€)"],
  pdf: {
    title: "Pick list",
    productColumn: "Product",
    quantityColumn: "Quantity",
    customersColumn: "Customers",
    amountColumn: "Amount",
    totalLabel: "Total",
    byCustomerTitle: "Detail by order",
    continued: "(continued)",
    page: "Page",
  },
};
