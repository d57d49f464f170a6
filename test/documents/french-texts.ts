import type { CrateTicketTexts } from "../../src/documents/crate-tickets.ts";
import type { LabelTexts } from "../../src/documents/labels.ts";
import type { PickListTexts } from "../../src/documents/pick-list-pdf.ts";
import type { ReceiptChecklistTexts } from "../../src/documents/receipt-checklist.ts";

// French words as the locale files would give them; the renderers print them as they are.

export const crateTicketTexts: CrateTicketTexts = {
  documentTitle: "Tickets de caisse",
  crateLabel: "Caisse",
  orderCodeLabel: "Commande",
  productColumn: "Produit",
  quantityColumn: "Quantité",
  amountColumn: "Montant",
  totalLabel: "Total à payer",
  continued: "(suite)",
  continuedOnNextPage: "Suite sur la page suivante",
};

export const labelTexts: LabelTexts = {
  documentTitle: "Étiquettes produits",
  crateLabel: "Caisse",
};

export const receiptChecklistTexts: ReceiptChecklistTexts = {
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
};

export const pickListTexts: PickListTexts = {
  title: "Bon de préparation",
  productColumn: "Produit",
  quantityColumn: "Quantité",
  customersColumn: "Clients",
  amountColumn: "Montant",
  totalLabel: "Total",
  byCustomerTitle: "Détail par commande",
  continued: "(suite)",
  page: "Page",
};
