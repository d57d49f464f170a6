import { html } from "../../html.ts";

/** Basket, confirmation and order history. Amounts and dates come already formatted. */
export const customerOrders = {
  cart: {
    title: "🛒 <b>Votre panier</b>",
    changing: (code: string) => html`✏️ <b>Modification de la commande ${code}</b>`,
    group: (producer: string) => html`<b>${producer}</b>`,
    line: (name: string, quantity: string, total: string) =>
      html`• ${name} — ${quantity} — ${total}`,
    subtotal: (amount: string) => html` <i>sous-total ${amount}</i>`,
    total: (amount: string) => html`<b>Total : ${amount}</b>`,
    credit: (credit: string, toPay: string) => html`Avoir déduit : −${credit} → à payer ${toPay}`,
    empty: "Votre panier est vide. Choisissez des produits dans le catalogue.",
    orderConfirmed: (code: string, total: string) =>
      html`Votre commande <b>${code}</b> (${total}) est confirmée. Touchez « Voir la commande » pour
        la changer.`,
    editLine: (name: string, quantity: string) => `✏️ ${name} (${quantity})`,
    checkout: (total: string) => `✅ Commander · ${total}`,
    emptyButton: "🗑 Vider",
    dropChanges: "🗑 Oublier les changements",
    catalogue: "🧺 Catalogue",
    viewOrder: "Voir la commande",
    emptied: "Panier vidé.",
    notOnSale: (names: string) => html`⚠️ Plus en vente, à retirer : ${names}`,
  },
  checkout: {
    chooseSlot: (day: string) => html`Quand passez-vous chercher votre cagette ? (${day})`,
    slotButton: (times: string, place: string) => `${times} · ${place}`,
    recapTitle: "<b>Récapitulatif</b>",
    pickup: (when: string, place: string) => html`📍 Retrait ${when} ${place}`,
    membership: (fee: string) =>
      html`👋 Première commande : l’adhésion au drive (au moins ${fee}) ` +
      html`se règle au premier retrait.`,
    deadline: (when: string) => html`Modifiable ou annulable jusqu’au ${when}.`,
    confirm: "✅ Je confirme",
    changeSlot: "🕒 Autre créneau",
    backToCart: "‹ Modifier le panier",
    adjusted: "Panier ajusté à ce qui reste. Vérifiez et confirmez :",
    confirmed: (code: string) =>
      html`✅ <b>Commande confirmée !</b> Code de votre cagette : <b>${code}</b>`,
    changed: (code: string) =>
      html`✅ <b>Commande modifiée.</b> Code de votre cagette : <b>${code}</b>`,
    total: (amount: string) => html`Total : <b>${amount}</b>`,
    credit: (credit: string, toPay: string) =>
      html`Avoir déduit : −${credit}, reste à payer ${toPay}`,
    payAtPickup: "Vous payez au retrait.",
    refusedClosed:
      "⛔ <b>Trop tard : la vente vient de fermer.</b> Ce panier n’a pas été commandé.",
    basketChanged: "Votre panier a changé depuis ce récapitulatif. Voici le nouveau :",
    empty: "Votre panier est vide : rien à commander.",
    noSlot:
      "Aucun créneau de retrait n’est prévu pour cette vente. Un coordinateur va le corriger.",
    badSlot: "Ce créneau n’existe plus. Choisissez-en un autre :",
    slotFull: "Ce créneau est complet. Choisissez-en un autre :",
    short: "😕 <b>Il n’en reste plus assez.</b> Rien n’a été commandé :",
    shortLine: (name: string, wanted: string, left: string) =>
      html`• ${name} : ${left} restant (vous en vouliez ${wanted})`,
    noneLeft: "plus rien",
    fit: "Ajuster à ce qui reste",
    notOnSale: (names: string) =>
      html`Ces produits ne sont plus en vente : ${names}. Retirez-les du panier, puis confirmez.`,
    belowMinimum: (names: string) =>
      html`Le minimum n’est pas atteint pour : ${names}. Changez la quantité, puis confirmez.`,
    myOrders: "📋 Mes commandes",
  },
  orders: {
    title: "📋 <b>Vos commandes</b>",
    none: "Vous n’avez pas encore de commande. Tapez /catalogue pour commencer.",
    line: (day: string, code: string, status: string, total: string) =>
      html`• ${day} — <b>${code}</b> — ${status} — ${total}`,
    button: (code: string, day: string) => `${code} · ${day}`,
    status: { confirmed: "confirmée", collected: "retirée", cancelled: "annulée" } as Record<
      string,
      string
    >,
    detailTitle: (code: string, status: string) => html`<b>Commande ${code}</b> — ${status}`,
    closed: "La vente est close : cette commande ne peut plus changer.",
    change: "✏️ Modifier",
    cancel: "❌ Annuler la commande",
    back: "‹ Mes commandes",
    askCancel: (code: string, total: string) =>
      html`Annuler la commande <b>${code}</b> (${total}) ? Les produits retournent en vente.`,
    yesCancel: "Oui, annuler",
    noKeep: "Non, la garder",
    cancelled: (code: string) =>
      html`La commande <b>${code}</b> est annulée. Vous n’avez rien à payer.`,
    alreadyCancelled: "Cette commande est déjà annulée.",
    tooLate: "Trop tard : la vente est close, la commande ne peut plus changer.",
  },
};
