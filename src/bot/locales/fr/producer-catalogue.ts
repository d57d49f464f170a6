import { html } from "../../html.ts";

export const catalogue = {
  title: (farm: string) => html`<b>Vos produits · ${farm}</b>`,
  empty: "Vous n’avez encore aucun produit. Ajoutez-en un avec le bouton ci-dessous.",
  line: (v: { name: string; category: string; price: string; step: string; permanent: boolean }) =>
    html`• ${v.name} (${v.category}) — ${v.price} / ${v.step}` +
    (v.permanent ? " · vente permanente" : ""),
  hint: "Touchez un produit pour le modifier ou le retirer.",
  addButton: "➕ Ajouter un produit",
  offerButton: "🗓 Offre de la session",
  backToList: "‹ Mes produits",
  notYours: "Ce produit n’est pas (ou plus) dans votre catalogue.",
  product: (v: {
    name: string;
    category: string;
    price: string;
    step: string;
    description: string;
    hasPhoto: boolean;
    permanent: boolean;
  }) =>
    html`<b>${v.name}</b>
      Catégorie : ${v.category} Prix : ${v.price} / ${v.step} ` +
    (v.description ? html`Description : ${v.description} ` : "") +
    (v.hasPhoto ? "Photo : oui\n" : "Photo : aucune\n") +
    (v.permanent ? "Vente permanente : commandable à tout moment" : "Vendu par session"),
  fields: {
    name: "✏️ Nom",
    category: "🏷 Catégorie",
    unit: "⚖️ Unité",
    price: "💶 Prix",
    description: "📝 Description",
    photo: "📷 Photo",
  },
  permanentOn: "🔁 Passer en vente par session",
  permanentOff: "🔁 Passer en vente permanente",
  retire: "🗑 Retirer du catalogue",
  retireConfirm: (name: string) =>
    html`Retirer « ${name} » ? Il ne sera plus proposé ; les commandes déjà confirmées restent à
    livrer.`,
  retireYes: "Oui, retirer",
  retireNo: "Non, garder",
  retired: (name: string) => html`« ${name} » est retiré du catalogue.`,
  saved: "C’est enregistré.",
  unitLocked:
    "L’unité ne peut plus changer : " +
    "des clients ont déjà commandé ce produit dans une session en cours.",
  ask: {
    name: "Quel est le nom du produit ? (par exemple « Tomates cœur de bœuf »)",
    category: "Dans quelle catégorie ? Touchez-en une, ou tapez une nouvelle catégorie.",
    categoryTyped: "Tapez la nouvelle catégorie.",
    unit:
      "Comment le vendez-vous ? Touchez une unité, ou tapez-la " +
      "(par exemple « 2 kg », « 6 pièces », « 50 cl »).",
    price: (step: string) => html`Quel prix pour ${step} ? Tapez-le en euros (par exemple 3,50).`,
    description: "Une courte description ? Tapez-la, ou touchez « Passer ». (« - » pour l’effacer)",
    photo: "Une photo ? Envoyez-la, ou touchez « Passer ».",
    descriptionEdit: "Tapez la nouvelle description (« - » pour l’effacer).",
    photoEdit: "Envoyez la nouvelle photo du produit.",
    kind:
      "Dernière question : ce produit est-il en vente permanente " +
      "(commandable à tout moment) ou proposé session par session ?",
  },
  skip: "Passer",
  kindPermanent: "Vente permanente",
  kindSession: "Par session",
  added: (name: string) => html`✅ « ${name} » est ajouté à votre catalogue.`,
  bad: {
    name: "Le nom doit faire de 2 à 80 caractères. Réessayez.",
    category: "La catégorie doit faire de 2 à 40 caractères. Réessayez.",
    unit:
      "Je n’ai pas compris l’unité. " +
      "Écrivez par exemple « 500 g », « 1 kg », « 75 cl » ou « 6 pièces ».",
    price: "Je n’ai pas compris le prix. Tapez un montant en euros, par exemple 3,50.",
    description: "La description doit faire au plus 300 caractères.",
    photo: "Envoyez une photo, ou touchez « Passer ».",
  },
};
