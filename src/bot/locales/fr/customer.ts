import { html } from "../../html.ts";

/** Onboarding, catalogue and product cards. Amounts and dates come already formatted. */
export const customer = {
  menu: {
    catalogue: "Les produits de la semaine",
    cart: "Votre panier",
    orders: "Vos commandes",
  },
  onboarding: {
    intro: "Avant de commander, vérifiez ces deux lignes :",
    crateName: (name: string) => html`🏷 Nom sur votre cagette : <b>${name}</b>`,
    phone: (phone: string | null) =>
      phone ? html`📞 Téléphone : ${phone}` : "📞 Téléphone : aucun (facultatif)",
    privacy:
      "🔒 Votre nom, votre téléphone et vos commandes servent seulement à préparer et remettre " +
      "vos cagettes. Rien n’est vendu ni partagé hors du drive ; un coordinateur peut tout " +
      "effacer sur simple demande (détails : /confidentialite).",
    accept: "✅ J’accepte et je commande",
    changeName: "✏️ Changer le nom",
    addPhone: "📞 Ajouter un téléphone",
    browseOnly: "Voir le catalogue sans m’inscrire",
    askName: "Quel nom écrire sur votre cagette ? Tapez-le (2 à 60 caractères).",
    askPhone: "Tapez votre numéro de téléphone, par exemple 06 12 34 56 78.",
    badName: "Ce nom ne convient pas : il faut entre 2 et 60 caractères. Tapez-en un autre.",
    badPhone:
      "Ce numéro ne ressemble pas à un téléphone (6 à 15 chiffres). " +
      "Tapez-le à nouveau, ou /annuler.",
    accepted: "✅ C’est noté, bienvenue ! Voici la vente en cours.",
    needConsent: "Pour commander, acceptez d’abord la courte notice : tapez /start.",
    welcomeBack: "Que voulez-vous faire ?",
    openCatalogue: "🧺 Catalogue",
    openCart: "🛒 Mon panier",
    openOrders: "📋 Mes commandes",
  },
  home: {
    title: "🧺 <b>Vente de la semaine</b>",
    closesAt: (when: string) => html`Commandes jusqu’au ${when}.`,
    pickup: (when: string) => html`📍 Retrait ${when}`,
    place: (name: string, address: string) => (address ? html`${name}, ${address}` : html`${name}`),
    permanentOnly: (when: string) =>
      html`Pas de vente ouverte en ce moment. Les produits en vente permanente se commandent ` +
      html`quand même, pour le retrait du ${when}.`,
    browseOnly: "Tapez /start et acceptez la notice pour commander.",
    nothing: "Rien n’est en vente pour l’instant. Revenez à l’ouverture de la prochaine vente.",
    byProducer: "👩‍🌾 Par producteur",
    byCategory: "🥕 Par catégorie",
    cartButton: (count: number, total: string) =>
      count === 0 ? "🛒 Panier vide" : `🛒 Panier · ${count} · ${total}`,
  },
  lists: {
    producers: "<b>Les producteurs</b> — choisissez-en un :",
    categories: "<b>Les catégories</b> — choisissez-en une :",
    group: (name: string, count: number) => `${name} (${count})`,
    offers: (title: string) => html`<b>${title}</b> — touchez un produit :`,
    page: (page: number, count: number) => `Page ${page}/${count}`,
    previous: "‹ Précédent",
    next: "Suivant ›",
    back: "‹ Retour",
    offerButton: (inCart: boolean, name: string, price: string) =>
      `${inCart ? "✓ " : ""}${name} · ${price}`,
    soldOut: "épuisé",
  },
  card: {
    title: (name: string) => html`<b>${name}</b>`,
    producer: (name: string, town: string) => (town ? html`${name} (${town})` : html`${name}`),
    description: (text: string) => html`<i>${text}</i>`,
    price: (price: string, step: string) => html`<b>${price}</b> / ${step}`,
    kindPrice: (kind: string, usual: string) => html`Votre prix ${kind} (au lieu de ${usual})`,
    minimum: (quantity: string) => html`Minimum : ${quantity}`,
    left: (quantity: string) => html`Il en reste ${quantity}.`,
    soldOut: "Épuisé.",
    permanent: "♾ Vente permanente : à retirer au prochain drive.",
    inCart: (quantity: string, total: string) =>
      html`🛒 Dans votre panier : <b>${quantity}</b> (${total})`,
    hint: (example: string) => html`✍️ Ou tapez une quantité, par exemple « ${example} ».`,
    more: "➕",
    less: "➖",
    remove: "🗑 Retirer",
    added: (quantity: string) => `Panier : ${quantity}`,
    removed: "Retiré du panier.",
    updated: (quantity: string, name: string) => html`✓ ${quantity} de ${name} dans votre panier.`,
  },
  kinds: {
    household: "particulier",
    processor: "transformateur",
    restaurant: "restaurant",
    shop: "commerce",
  },
  quantity: {
    empty: "Tapez une quantité, par exemple « 2 ».",
    not_a_number: (example: string) =>
      html`Je n’ai pas compris cette quantité. Tapez un nombre, par exemple « ${example} ».`,
    zero: "Zéro, ce n’est pas une quantité : pour retirer le produit, touchez « 🗑 Retirer ».",
    negative: "Une quantité ne peut pas être négative.",
    not_a_multiple: (step: string) =>
      html`Ce produit se vend par ${step} : tapez un multiple de ${step}.`,
    too_large: "C’est beaucoup trop : vérifiez la quantité.",
    fraction_of_piece: "Ce produit se vend à la pièce : tapez un nombre entier.",
    wrong_unit: (step: string) =>
      html`Ce produit ne se compte pas dans cette unité : il se vend par ${step}.`,
    below_minimum: (quantity: string) => html`Pour vous, le minimum est ${quantity}.`,
    over_stock: (quantity: string) =>
      html`Il n’en reste que ${quantity} : tapez une quantité plus petite.`,
    sold_out: "Ce produit est épuisé.",
    unchanged: "Votre panier n’a pas changé.",
  },
  stale: {
    closed: "Cette vente est close : ce bouton ne sert plus.",
    notOnSale: "Ce produit n’est plus en vente.",
    notYours: "Cette commande n’est pas la vôtre.",
  },
};
