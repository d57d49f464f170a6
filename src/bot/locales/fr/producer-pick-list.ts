import { html } from "../../html.ts";

const plural = (count: number, one: string, many: string) => (count > 1 ? many : one);

export const pickList = {
  /** The words of the chat message, for formatPickListMessages. */
  message: {
    title: (v: { producerName: string; deliveryText: string }) =>
      html`<b>Liste de préparation · ${v.producerName}</b> ${v.deliveryText}`,
    lineFormat: (v: { productName: string; quantity: string; customers: number; amount: string }) =>
      html`• ${v.productName} : <b>${v.quantity}</b> — ${v.customers} ` +
      html`${plural(v.customers, "client", "clients")} — ${v.amount}`,
    total: (v: { amount: string; productCount: number; orderCount: number }) =>
      html`<b>Total : ${v.amount}</b> (${v.productCount} ` +
      html`${plural(v.productCount, "produit", "produits")}, ${v.orderCount} ` +
      html`${plural(v.orderCount, "commande", "commandes")})`,
    byCustomer: "<b>Détail par commande</b> (code · cagette)",
    customerLineFormat: (v: {
      orderCode: string;
      crateName: string;
      productName: string;
      quantity: string;
    }) => html`${v.orderCode} · ${v.crateName} : ${v.productName} — ${v.quantity}`,
    continued: (v: { producerName: string; part: number; parts: number }) =>
      html`<i>Liste de préparation · ${v.producerName} (suite ${v.part}/${v.parts})</i>`,
    nothingOrdered: "Aucune commande pour vous dans cette session.",
  },
  /** Plain text: the message escapes it, the PDF prints it as it is. */
  delivery: (point: string, day: string, hour: string) =>
    `À livrer au ${point} le ${day} avant ${hour}.`,
  noOrders: (farm: string, day: string) =>
    html`La session est close : aucune commande pour « ${farm} » cette fois, ` +
    html`rien à livrer pour le retrait du ${day}. À la semaine prochaine !`,
  soFar: "La session est encore ouverte : voici ce qui est commandé jusqu’ici.",
  noSession: "Il n’y a pas de session en cours : rien à préparer pour l’instant.",
  sessionLabel: (day: string) => `Retrait du ${day}`,
  pdfCaption: "La liste de préparation à imprimer (PDF).",
  csvCaption: "Le détail par commande pour un tableur (CSV).",
  fileBase: "preparation",
  csvHeader: ["Commande", "Cagette", "Produit", "Quantité", "Nombre de pas", "Montant (€)"],
  pdf: {
    title: "Liste de préparation",
    productColumn: "Produit",
    quantityColumn: "Quantité",
    customersColumn: "Clients",
    amountColumn: "Montant",
    totalLabel: "Total",
    byCustomerTitle: "Détail par commande",
    continued: "(suite)",
    page: "Page",
  },
};
