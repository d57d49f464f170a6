import { html } from "../../html.ts";
import type { offer as fr } from "../fr/producer-offer.ts";

export const offer: typeof fr = {
  title: (v) =>
    html`<b>Offer · ${v.farm}</b>
      Pickup on ${v.pickup} ` +
    (v.open ? "The session is open: customers are ordering." : html`Opens ${v.opens}.`),
  noProducts: "Add products to your catalogue first.",
  lineOffered: (v) => html`✅ ${v.name} — ${v.price} / ${v.step} — ${v.stock}`,
  lineNotOffered: (name) => html`▫️ ${name} — not offered`,
  stockLeft: (left, sold) => `${left} left, ${sold} sold`,
  stockUnlimited: (sold) => `no limit, ${sold} sold`,
  hint: "Tap a product to offer it, or set its quantity or price.",
  copyButton: "📋 Copy last session’s offer",
  backToOffer: "‹ Session offer",
  detail: (v) =>
    html`<b>${v.name}</b> ` +
    (v.offered ? "Offered in this session\n" : "Not offered in this session\n") +
    html`Price: ${v.price} / ${v.step} Quantity in all: ${v.total} Already sold: ${v.sold}`,
  unlimited: "no limit",
  offerOn: "✅ Offer it",
  offerOff: "⏸ Stop offering",
  setQuantity: "🔢 Quantity available",
  setUnlimited: "♾ No limit",
  setPrice: "💶 Session price",
  askQuantity: (step, sold) =>
    html`How much in all for this session? A number of ${step}, or with the unit ` +
    html`(for example “20” or “10 kg”). Already sold: ${sold}.`,
  askPrice: (step) => html`What price for ${step} in this session? In euros, for example 3.50.`,
  badQuantity:
    "I did not understand the quantity. " +
    "Type a whole number, or a quantity with its unit (“10 kg”).",
  belowSold: (sold, requested) =>
    html`Not possible: ${sold} are already sold to customers, the quantity in all cannot go ` +
    html`below that. You asked for ${requested}. Type a quantity of at least ${sold}.`,
  sessionClosed: "This session no longer accepts offer changes.",
  copied: (count) =>
    count === 0
      ? "Nothing to copy: last session’s products are already sold here."
      : `${count} product${count > 1 ? "s" : ""} copied from the last session.`,
  nothingToCopy: "No earlier offer to copy.",
  saved: "Saved.",
};
