import { html } from "../../html.ts";
import type { customerOrders as fr } from "../fr/customer-orders.ts";

export const customerOrders: typeof fr = {
  cart: {
    title: "🛒 <b>Your basket</b>",
    changing: (code: string) => html`✏️ <b>Changing order ${code}</b>`,
    group: (producer: string) => html`<b>${producer}</b>`,
    line: (name: string, quantity: string, total: string) =>
      html`• ${name} — ${quantity} — ${total}`,
    subtotal: (amount: string) => html` <i>subtotal ${amount}</i>`,
    total: (amount: string) => html`<b>Total: ${amount}</b>`,
    credit: (credit: string, toPay: string) => html`Credit used: −${credit} → to pay ${toPay}`,
    empty: "Your basket is empty. Pick products in the catalogue.",
    orderConfirmed: (code: string, total: string) =>
      html`Your order <b>${code}</b> (${total}) is confirmed. Tap “See the order” to change it.`,
    editLine: (name: string, quantity: string) => `✏️ ${name} (${quantity})`,
    checkout: (total: string) => `✅ Order · ${total}`,
    emptyButton: "🗑 Empty",
    dropChanges: "🗑 Forget the changes",
    catalogue: "🧺 Catalogue",
    viewOrder: "See the order",
    emptied: "Basket emptied.",
    notOnSale: (names: string) => html`⚠️ No longer on sale, to remove: ${names}`,
  },
  checkout: {
    chooseSlot: (day: string) => html`When will you collect your crate? (${day})`,
    slotButton: (times: string, place: string) => `${times} · ${place}`,
    recapTitle: "<b>Summary</b>",
    pickup: (when: string, place: string) => html`📍 Pickup ${when} ${place}`,
    membership: (fee: string) =>
      html`👋 First order: the drive's membership (at least ${fee}) is paid at your first pickup.`,
    deadline: (when: string) => html`You can change or cancel until ${when}.`,
    confirm: "✅ I confirm",
    changeSlot: "🕒 Another slot",
    backToCart: "‹ Change the basket",
    adjusted: "Basket adjusted to what is left. Check and confirm:",
    confirmed: (code: string) => html`✅ <b>Order confirmed!</b> Your crate code: <b>${code}</b>`,
    changed: (code: string) => html`✅ <b>Order changed.</b> Your crate code: <b>${code}</b>`,
    total: (amount: string) => html`Total: <b>${amount}</b>`,
    credit: (credit: string, toPay: string) => html`Credit used: −${credit}, left to pay ${toPay}`,
    payAtPickup: "You pay at the pickup.",
    refusedClosed: "⛔ <b>Too late: the sale has just closed.</b> This basket was not ordered.",
    basketChanged: "Your basket changed since this summary. Here is the new one:",
    empty: "Your basket is empty: nothing to order.",
    noSlot: "No pickup slot is set for this sale. A coordinator will fix it.",
    badSlot: "This slot no longer exists. Pick another one:",
    slotFull: "This slot is full. Pick another one:",
    short: "😕 <b>Not enough left.</b> Nothing was ordered:",
    shortLine: (name: string, wanted: string, left: string) =>
      html`• ${name}: ${left} left (you wanted ${wanted})`,
    noneLeft: "nothing",
    fit: "Adjust to what is left",
    notOnSale: (names: string) =>
      html`These products are no longer on sale: ${names}. Remove them, then confirm.`,
    belowMinimum: (names: string) =>
      html`The minimum is not reached for: ${names}. Change the quantity, then confirm.`,
    myOrders: "📋 My orders",
  },
  orders: {
    title: "📋 <b>Your orders</b>",
    none: "You have no order yet. Type /catalog to start.",
    line: (day: string, code: string, status: string, total: string) =>
      html`• ${day} — <b>${code}</b> — ${status} — ${total}`,
    button: (code: string, day: string) => `${code} · ${day}`,
    status: { confirmed: "confirmed", collected: "collected", cancelled: "cancelled" } as Record<
      string,
      string
    >,
    detailTitle: (code: string, status: string) => html`<b>Order ${code}</b> — ${status}`,
    closed: "The sale is closed: this order can no longer change.",
    change: "✏️ Change",
    cancel: "❌ Cancel the order",
    back: "‹ My orders",
    askCancel: (code: string, total: string) =>
      html`Cancel order <b>${code}</b> (${total})? The products go back on sale.`,
    yesCancel: "Yes, cancel",
    noKeep: "No, keep it",
    cancelled: (code: string) => html`Order <b>${code}</b> is cancelled. You have nothing to pay.`,
    alreadyCancelled: "This order is already cancelled.",
    tooLate: "Too late: the sale is closed, the order can no longer change.",
  },
};
