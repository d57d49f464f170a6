import { html } from "../../html.ts";
import type { customer as fr } from "../fr/customer.ts";

export const customer: typeof fr = {
  menu: {
    catalogue: "This week's products",
    cart: "Your basket",
    orders: "Your orders",
  },
  onboarding: {
    intro: "Before you order, check these two lines:",
    crateName: (name: string) => html`🏷 Name on your crate: <b>${name}</b>`,
    phone: (phone: string | null) =>
      phone ? html`📞 Phone: ${phone}` : "📞 Phone: none (optional)",
    privacy:
      "🔒 Your name, phone and orders are only used to prepare and hand over your crates. " +
      "Nothing is sold or shared outside the drive; a coordinator erases everything on request " +
      "(details: /privacy).",
    accept: "✅ I accept, let me order",
    changeName: "✏️ Change the name",
    addPhone: "📞 Add a phone",
    browseOnly: "Browse without registering",
    askName: "What name should we write on your crate? Type it (2 to 60 characters).",
    askPhone: "Type your phone number, for example 06 12 34 56 78.",
    badName: "This name will not do: it needs 2 to 60 characters. Type another one.",
    badPhone: "This does not look like a phone number (6 to 15 digits). Type it again, or /cancel.",
    accepted: "✅ Done, welcome! Here is the current sale.",
    needConsent: "To order, first accept the short notice: type /start.",
    welcomeBack: "What would you like to do?",
    openCatalogue: "🧺 Catalogue",
    openCart: "🛒 My basket",
    openOrders: "📋 My orders",
  },
  home: {
    title: "🧺 <b>This week's sale</b>",
    closesAt: (when: string) => html`Orders until ${when}.`,
    pickup: (when: string) => html`📍 Pickup ${when}`,
    place: (name: string, address: string) => (address ? html`${name}, ${address}` : html`${name}`),
    permanentOnly: (when: string) =>
      html`No sale is open right now. Permanent-sale products can still be ordered, ` +
      html`for the pickup on ${when}.`,
    browseOnly: "Type /start and accept the notice to order.",
    nothing: "Nothing is on sale yet. Come back when the next sale opens.",
    byProducer: "👩‍🌾 By producer",
    byCategory: "🥕 By category",
    cartButton: (count: number, total: string) =>
      count === 0 ? "🛒 Empty basket" : `🛒 Basket · ${count} · ${total}`,
  },
  lists: {
    producers: "<b>Producers</b> — pick one:",
    categories: "<b>Categories</b> — pick one:",
    group: (name: string, count: number) => `${name} (${count})`,
    offers: (title: string) => html`<b>${title}</b> — tap a product:`,
    page: (page: number, count: number) => `Page ${page}/${count}`,
    previous: "‹ Previous",
    next: "Next ›",
    back: "‹ Back",
    offerButton: (inCart: boolean, name: string, price: string) =>
      `${inCart ? "✓ " : ""}${name} · ${price}`,
    soldOut: "sold out",
  },
  card: {
    title: (name: string) => html`<b>${name}</b>`,
    producer: (name: string, town: string) => (town ? html`${name} (${town})` : html`${name}`),
    description: (text: string) => html`<i>${text}</i>`,
    price: (price: string, step: string) => html`<b>${price}</b> / ${step}`,
    kindPrice: (kind: string, usual: string) => html`Your ${kind} price (instead of ${usual})`,
    minimum: (quantity: string) => html`Minimum: ${quantity}`,
    left: (quantity: string) => html`${quantity} left.`,
    soldOut: "Sold out.",
    permanent: "♾ Permanent sale: collected at the next pickup.",
    inCart: (quantity: string, total: string) =>
      html`🛒 In your basket: <b>${quantity}</b> (${total})`,
    hint: (example: string) => html`✍️ Or type a quantity, for example “${example}”.`,
    more: "➕",
    less: "➖",
    remove: "🗑 Remove",
    added: (quantity: string) => `Basket: ${quantity}`,
    removed: "Removed from the basket.",
    updated: (quantity: string, name: string) => html`✓ ${quantity} of ${name} in your basket.`,
  },
  kinds: {
    household: "household",
    processor: "processor",
    restaurant: "restaurant",
    shop: "shop",
  },
  quantity: {
    empty: "Type a quantity, for example “2”.",
    not_a_number: (example: string) =>
      html`I did not understand this quantity. Type a number, for example “${example}”.`,
    zero: "Zero is not a quantity: to take the product out, tap “🗑 Remove”.",
    negative: "A quantity cannot be negative.",
    not_a_multiple: (step: string) =>
      html`This product is sold by ${step}: type a multiple of ${step}.`,
    too_large: "That is far too much: check the quantity.",
    fraction_of_piece: "This product is sold by the piece: type a whole number.",
    wrong_unit: (step: string) =>
      html`This product is not counted in that unit: it is sold by ${step}.`,
    below_minimum: (quantity: string) => html`Your minimum is ${quantity}.`,
    over_stock: (quantity: string) => html`Only ${quantity} left: type a smaller quantity.`,
    sold_out: "This product is sold out.",
    unchanged: "Your basket has not changed.",
  },
  stale: {
    closed: "This sale is closed: this button no longer works.",
    notOnSale: "This product is no longer on sale.",
    notYours: "This order is not yours.",
  },
};
