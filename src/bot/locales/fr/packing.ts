import { html } from "../../html.ts";

export const packing = {
  menu: "Préparation : tickets, étiquettes, réception",
  noSession:
    "Aucune session fermée à préparer. Les documents sont prêts dès la fermeture des commandes.",
  noOrders: "Aucune commande dans cette session : rien à préparer.",
  summary: (pickup: string, orders: number, lines: number) =>
    html`<b>Préparation des cagettes</b> — retrait ${pickup}. ` +
    html`${orders} commande(s), ${lines} ligne(s). Voici les documents à imprimer ; ` +
    html`les boutons les renvoient un par un.`,
  buttons: {
    tickets: "Tickets de caisse",
    labels: "Étiquettes",
    checklist: "Réception",
    all: "Les trois",
    orders: "Manquants / abîmés",
  },
  chooseOrder: "Quelle cagette ? Touchez-la pour marquer un produit manquant ou abîmé.",
  orderButton: (crate: string, name: string) => `n° ${crate} · ${name}`,
  previous: "‹ Précédentes",
  next: "Suivantes ›",
  files: {
    tickets: "tickets-cagettes.pdf",
    labels: "etiquettes.pdf",
    checklist: "reception-produits.pdf",
  },
  sessionLabel: (pickup: string) => `Retrait du ${pickup}`,
  pickupText: (window: string) => `Retrait ${window}`,
  membershipFee: (minimum: string) => `Adhésion à régler : ${minimum} minimum`,
  creditLine: (amount: string) => `Avoir déduit : ${amount}`,
  adjustmentLine: (amount: string) => `Manquants et abîmés déduits : ${amount}`,
  tickets: {
    documentTitle: "Tickets de caisse",
    crateLabel: "Cagette",
    orderCodeLabel: "Commande",
    productColumn: "Produit",
    quantityColumn: "Quantité",
    amountColumn: "Montant",
    totalLabel: "Total à payer",
    continued: "(suite)",
    continuedOnNextPage: "Suite sur la page suivante",
  },
  labels: { documentTitle: "Étiquettes produits", crateLabel: "Cagette" },
  checklist: {
    title: "Réception des produits",
    productColumn: "Produit",
    expectedColumn: "Attendu",
    customersColumn: "Clients",
    receivedColumn: "Reçu",
    damagedColumn: "Abîmé",
    remarkColumn: "Remarque",
    arrivalTime: "Arrivé à :",
    continued: "(suite)",
    page: "Page",
  },
};
