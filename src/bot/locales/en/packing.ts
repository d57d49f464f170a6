import { html } from "../../html.ts";
import type { packing as fr } from "../fr/packing.ts";

export const packing: typeof fr = {
  menu: "Packing: crate tickets, labels, receipt list",
  noSession: "No closed session to pack. The documents are ready once ordering closes.",
  noOrders: "No orders in this session: nothing to pack.",
  summary: (pickup: string, orders: number, lines: number) =>
    html`<b>Packing the crates</b> — pickup ${pickup}. ` +
    html`${orders} order(s), ${lines} line(s). Here are the documents to print; ` +
    html`the buttons send them again one by one.`,
  buttons: {
    tickets: "Crate tickets",
    labels: "Labels",
    checklist: "Receipt list",
    all: "All three",
    orders: "Missing / damaged",
  },
  chooseOrder: "Which crate? Tap it to mark a product missing or damaged.",
  orderButton: (crate: string, name: string) => `No. ${crate} · ${name}`,
  previous: "‹ Previous",
  next: "Next ›",
  files: {
    tickets: "crate-tickets.pdf",
    labels: "labels.pdf",
    checklist: "receipt-checklist.pdf",
  },
  sessionLabel: (pickup: string) => `Pickup of ${pickup}`,
  pickupText: (window: string) => `Pickup ${window}`,
  membershipFee: (minimum: string) => `Membership fee due: at least ${minimum}`,
  creditLine: (amount: string) => `Credit deducted: ${amount}`,
  adjustmentLine: (amount: string) => `Missing and damaged deducted: ${amount}`,
  tickets: {
    documentTitle: "Crate tickets",
    crateLabel: "Crate",
    orderCodeLabel: "Order",
    productColumn: "Product",
    quantityColumn: "Quantity",
    amountColumn: "Amount",
    totalLabel: "Total to pay",
    continued: "(continued)",
    continuedOnNextPage: "Continued on the next page",
  },
  labels: { documentTitle: "Product labels", crateLabel: "Crate" },
  checklist: {
    title: "Products received",
    productColumn: "Product",
    expectedColumn: "Expected",
    customersColumn: "Customers",
    receivedColumn: "Received",
    damagedColumn: "Damaged",
    remarkColumn: "Remark",
    arrivalTime: "Arrived at:",
    continued: "(continued)",
    page: "Page",
  },
};
