import { html } from "../../html.ts";
import type { pickup as fr } from "../fr/pickup.ts";

export const pickup: typeof fr = {
  menu: "Pickup: find a crate, take payment",
  noSession: "No closed session being collected.",
  prompt:
    "<b>Pickup</b> — type the order code, the crate number or the customer's name. " +
    "Type /cancel to stop.",
  notFound: (query: string) =>
    html`No order matches “${query}”. Try the code, the number or the name.`,
  several: (count: number) => html`${count} orders match, which one?`,
  matchButton: (crate: string, name: string, code: string) => `No. ${crate} · ${name} · ${code}`,
  view: {
    header: (crate: string, name: string, code: string) =>
      html`<b>Crate no. ${crate}</b> — ${name} Order ${code}`,
    collected: "✅ Collected",
    toCollect: "⏳ To collect",
    line: (product: string, quantity: string, amount: string) =>
      html`• ${product}: ${quantity} — ${amount}`,
    producer: (name: string) => html`<i>${name}</i>`,
    missing: (quantity: string) => html` missing: ${quantity}`,
    damaged: (quantity: string) => html` damaged: ${quantity}`,
    total: (amount: string) => html`Total: ${amount}`,
    adjustments: (amount: string) => html`Missing and damaged: −${amount}`,
    creditUsed: (amount: string) => html`Credit deducted: −${amount}`,
    paid: (amount: string) => html`Already paid: ${amount}`,
    due: (amount: string) => html`<b>Left to pay: ${amount}</b>`,
    settled: "Nothing to pay.",
    membershipDue: (minimum: string) =>
      html`<b>First pickup: membership fee due, at least ${minimum}.</b>`,
  },
  buttons: {
    collect: "✅ Mark collected",
    otherAmount: "Other amount",
    membership: "Membership",
    adjust: "Missing / damaged",
    report: "Pickup summary",
    back: "‹ Back to the order",
  },
  methods: { cash: "Cash", cheque: "Cheque", card: "Card", transfer: "Transfer" },
  chooseMethod: (amount: string) => html`Take ${amount} — which payment method?`,
  membershipChoose: (amount: string) => html`Membership of ${amount} — which payment method?`,
  typeAmount: "Type the amount received (for example 12.50):",
  typeMembership: (minimum: string) => html`Type the membership amount (at least ${minimum}):`,
  badAmount: "I did not understand that amount. Type for example 12.50.",
  membershipBelow: (minimum: string) =>
    html`The membership fee is at least ${minimum}: this amount is refused. ` +
    html`Type an amount of at least ${minimum}.`,
  collectedDone: "Crate marked collected.",
  alreadyCollected: "This crate was already marked collected.",
  paidDone: (amount: string, method: string) => `${amount} taken (${method}).`,
  membershipDone: (amount: string) => `Membership of ${amount} recorded.`,
  membershipAlready: "This member's membership is already recorded.",
  changed: "This order changed in the meantime: here is how it stands.",
  report: {
    title: (pickup: string) => html`<b>Pickup summary</b> — ${pickup}`,
    notCollected: (count: number) => html` <b>Crates not collected (${count}):</b>`,
    allCollected: "\nEvery crate has been collected.",
    unpaid: (count: number, total: string) => html` <b>Amounts not paid (${count}): ${total}</b>`,
    allPaid: "\nEverything is paid.",
    crate: (crate: string, name: string, code: string) => html`• no. ${crate} — ${name} (${code})`,
    due: (crate: string, name: string, amount: string) => html`• no. ${crate} — ${name}: ${amount}`,
  },
  adjust: {
    chooseLine: (crate: string, name: string) =>
      html`Crate no. ${crate} — ${name} Which product is missing or damaged?`,
    lineButton: (product: string, quantity: string) => `${product} (${quantity})`,
    lineDetail: (product: string, ordered: string, left: string) =>
      html`<b>${product}</b>
        Ordered: ${ordered}, still in the crate: ${left}. ` + html`How much is missing or damaged?`,
    missingButton: (quantity: string) => `Missing: ${quantity}`,
    damagedButton: (quantity: string) => `Damaged: ${quantity}`,
    nothingLeft: "All of this product is already counted missing or damaged.",
    tooMany: (left: string) => `That is more than was ordered: ${left} is left.`,
    recorded: (kind: "missing" | "damaged", quantity: string, product: string, amount: string) =>
      html`${kind === "missing" ? "Missing" : "Damaged"}: ${quantity} of ${product}, ` +
      html`${amount} deducted. The customer and the producer are told.`,
    credited: (amount: string) =>
      html`Already paid: a credit of ${amount} is created for the customer.`,
    customerNotice: (
      kind: "missing" | "damaged",
      quantity: string,
      product: string,
      amount: string,
      total: string,
    ) =>
      html`Your order: ${quantity} of ${product} ` +
      html`${kind === "missing" ? "did not arrive" : "arrived damaged"}. ` +
      html`${amount} is deducted, the new total is ${total}.`,
    customerCredit: (amount: string) =>
      html` You had already paid: a credit of ${amount} will be deducted from your next order.`,
    producerNotice: (
      kind: "missing" | "damaged",
      quantity: string,
      product: string,
      crate: string,
    ) =>
      html`Pickup: ${quantity} of ${product} ` +
      html`${kind === "missing" ? "missing" : "damaged"} (crate no. ${crate}). ` +
      html`The amount is taken off your sales.`,
  },
};
