import { html } from "../../html.ts";
import type { catalogue as fr } from "../fr/producer-catalogue.ts";

export const catalogue: typeof fr = {
  title: (farm) => html`<b>Your products · ${farm}</b>`,
  empty: "You have no product yet. Add one with the button below.",
  line: (v) =>
    html`• ${v.name} (${v.category}) — ${v.price} / ${v.step}` +
    (v.permanent ? " · permanent sale" : ""),
  hint: "Tap a product to change or retire it.",
  addButton: "➕ Add a product",
  offerButton: "🗓 Session offer",
  backToList: "‹ My products",
  notYours: "This product is not (or no longer) in your catalogue.",
  product: (v) =>
    html`<b>${v.name}</b>
      Category: ${v.category} Price: ${v.price} / ${v.step} ` +
    (v.description ? html`Description: ${v.description} ` : "") +
    (v.hasPhoto ? "Photo: yes\n" : "Photo: none\n") +
    (v.permanent ? "Permanent sale: can be ordered any time" : "Sold session by session"),
  fields: {
    name: "✏️ Name",
    category: "🏷 Category",
    unit: "⚖️ Unit",
    price: "💶 Price",
    description: "📝 Description",
    photo: "📷 Photo",
  },
  permanentOn: "🔁 Sell by session",
  permanentOff: "🔁 Make it a permanent sale",
  retire: "🗑 Retire from the catalogue",
  retireConfirm: (name) =>
    html`Retire “${name}”? It will no longer be offered; orders already confirmed must still be
    delivered.`,
  retireYes: "Yes, retire it",
  retireNo: "No, keep it",
  retired: (name) => html`“${name}” is retired from the catalogue.`,
  saved: "Saved.",
  unitLocked:
    "The unit can no longer change: customers already ordered this product in a current session.",
  ask: {
    name: "What is the product’s name? (for example “Beefheart tomatoes”)",
    category: "Which category? Tap one, or type a new category.",
    categoryTyped: "Type the new category.",
    unit: "How do you sell it? Tap a unit, or type it (for example “2 kg”, “6 pieces”, “50 cl”).",
    price: (step) => html`What price for ${step}? Type it in euros (for example 3.50).`,
    description: "A short description? Type it, or tap “Skip”. (“-” to clear it)",
    photo: "A photo? Send it, or tap “Skip”.",
    descriptionEdit: "Type the new description (“-” to clear it).",
    photoEdit: "Send the product’s new photo.",
    kind:
      "Last question: is this product a permanent sale (can be ordered any time) " +
      "or offered session by session?",
  },
  skip: "Skip",
  kindPermanent: "Permanent sale",
  kindSession: "By session",
  added: (name) => html`✅ “${name}” is added to your catalogue.`,
  bad: {
    name: "The name must be 2 to 80 characters long. Try again.",
    category: "The category must be 2 to 40 characters long. Try again.",
    unit:
      "I did not understand the unit. " +
      "Write for example “500 g”, “1 kg”, “75 cl” or “6 pieces”.",
    price: "I did not understand the price. Type an amount in euros, for example 3.50.",
    description: "The description must be at most 300 characters.",
    photo: "Send a photo, or tap “Skip”.",
  },
};
