import { html } from "../../html.ts";

export const pickup = {
  menu: "Retrait : trouver une cagette, encaisser",
  noSession: "Aucune session fermée en cours de retrait.",
  prompt:
    "<b>Retrait</b> — tapez le code de commande, le numéro de cagette ou le nom du client. " +
    "Tapez /annuler pour arrêter.",
  notFound: (query: string) =>
    html`Aucune commande ne correspond à « ${query} ». Essayez le code, le numéro ou le nom.`,
  several: (count: number) => html`${count} commandes correspondent, laquelle ?`,
  matchButton: (crate: string, name: string, code: string) => `n° ${crate} · ${name} · ${code}`,
  view: {
    header: (crate: string, name: string, code: string) =>
      html`<b>Cagette n° ${crate}</b> — ${name} Commande ${code}`,
    collected: "✅ Retirée",
    toCollect: "⏳ À retirer",
    line: (product: string, quantity: string, amount: string) =>
      html`• ${product} : ${quantity} — ${amount}`,
    producer: (name: string) => html`<i>${name}</i>`,
    missing: (quantity: string) => html` manquant : ${quantity}`,
    damaged: (quantity: string) => html` abîmé : ${quantity}`,
    total: (amount: string) => html`Total : ${amount}`,
    adjustments: (amount: string) => html`Manquants et abîmés : −${amount}`,
    creditUsed: (amount: string) => html`Avoir déduit : −${amount}`,
    paid: (amount: string) => html`Déjà payé : ${amount}`,
    due: (amount: string) => html`<b>Reste à payer : ${amount}</b>`,
    settled: "Rien à payer.",
    membershipDue: (minimum: string) =>
      html`<b>Premier retrait : adhésion à régler, ${minimum} minimum.</b>`,
  },
  buttons: {
    collect: "✅ Marquer retirée",
    otherAmount: "Autre montant",
    membership: "Adhésion",
    adjust: "Manquant / abîmé",
    report: "Bilan du retrait",
    back: "‹ Retour à la commande",
  },
  methods: { cash: "Espèces", cheque: "Chèque", card: "Carte", transfer: "Virement" },
  chooseMethod: (amount: string) => html`Encaisser ${amount} — quel moyen de paiement ?`,
  membershipChoose: (amount: string) => html`Adhésion de ${amount} — quel moyen de paiement ?`,
  typeAmount: "Tapez le montant reçu (par exemple 12,50) :",
  typeMembership: (minimum: string) => html`Tapez le montant de l’adhésion (au moins ${minimum}) :`,
  badAmount: "Je n’ai pas compris ce montant. Tapez par exemple 12,50.",
  membershipBelow: (minimum: string) =>
    html`L’adhésion est d’au moins ${minimum} : ce montant est refusé. ` +
    html`Tapez un montant d’au moins ${minimum}.`,
  collectedDone: "Cagette marquée retirée.",
  alreadyCollected: "Cette cagette était déjà marquée retirée.",
  paidDone: (amount: string, method: string) => `${amount} encaissé (${method}).`,
  membershipDone: (amount: string) => `Adhésion de ${amount} enregistrée.`,
  membershipAlready: "L’adhésion de ce membre est déjà enregistrée.",
  changed: "Cette commande a changé entre-temps : voici son état actuel.",
  report: {
    title: (pickup: string) => html`<b>Bilan du retrait</b> — ${pickup}`,
    notCollected: (count: number) => html` <b>Cagettes non retirées (${count}) :</b>`,
    allCollected: "\nToutes les cagettes ont été retirées.",
    unpaid: (count: number, total: string) =>
      html` <b>Montants non payés (${count}) : ${total}</b>`,
    allPaid: "\nTout est payé.",
    crate: (crate: string, name: string, code: string) => html`• n° ${crate} — ${name} (${code})`,
    due: (crate: string, name: string, amount: string) => html`• n° ${crate} — ${name} : ${amount}`,
  },
  adjust: {
    chooseLine: (crate: string, name: string) =>
      html`Cagette n° ${crate} — ${name} Quel produit manque ou est abîmé ?`,
    lineButton: (product: string, quantity: string) => `${product} (${quantity})`,
    lineDetail: (product: string, ordered: string, left: string) =>
      html`<b>${product}</b>
        Commandé : ${ordered}, encore dans la cagette : ${left}. ` +
      html`Combien manque ou est abîmé ?`,
    missingButton: (quantity: string) => `Manquant : ${quantity}`,
    damagedButton: (quantity: string) => `Abîmé : ${quantity}`,
    nothingLeft: "Tout ce produit est déjà compté manquant ou abîmé.",
    tooMany: (left: string) => `C’est plus que ce qui a été commandé : il en reste ${left}.`,
    recorded: (kind: "missing" | "damaged", quantity: string, product: string, amount: string) =>
      html`${kind === "missing" ? "Manquant" : "Abîmé"} : ${quantity} de ${product}, ` +
      html`${amount} déduit. Le client et le producteur sont prévenus.`,
    credited: (amount: string) => html`Déjà payé : un avoir de ${amount} est créé pour le client.`,
    customerNotice: (
      kind: "missing" | "damaged",
      quantity: string,
      product: string,
      amount: string,
      total: string,
    ) =>
      html`Votre commande : ${quantity} de ${product} ` +
      html`${kind === "missing" ? "n’est pas arrivé" : "est arrivé abîmé"}. ` +
      html`${amount} est déduit, le nouveau total est de ${total}.`,
    customerCredit: (amount: string) =>
      html` Vous aviez déjà payé : un avoir de ${amount} sera déduit de votre prochaine commande.`,
    producerNotice: (
      kind: "missing" | "damaged",
      quantity: string,
      product: string,
      crate: string,
    ) =>
      html`Retrait : ${quantity} de ${product} ` +
      html`${kind === "missing" ? "manquant" : "abîmé"} (cagette n° ${crate}). ` +
      html`Le montant est retiré de vos ventes.`,
  },
};
