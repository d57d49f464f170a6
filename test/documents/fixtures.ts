import type { CrateTicket, CrateTicketGroup } from "../../src/documents/crate-tickets.ts";

const producers = [
  "GAEC du Larzac",
  "La Ferme des Trois Chênes",
  "Boulangerie Paysanne de Saint-Affrique",
  "Les Ruchers de l’Aveyron",
  "Élevage Causse Rouge",
];

const products = [
  ["Roquefort AOP fermier", "250 g", "6,80 €"],
  ["Pain de campagne au levain", "1 pièce", "4,20 €"],
  ["Tomates cœur de bœuf", "1,5 kg", "7,50 €"],
  ["Miel de châtaignier", "500 g", "9,00 €"],
  ["Colis d’agneau (côtelettes, gigot tranché, épaule)", "1 colis", "32,00 €"],
  ["Œufs plein air", "12", "4,80 €"],
] as const;

/** An order of `lineCount` lines spread over producers, like an average 57 € basket. */
export function makeTicket(index: number, lineCount = 8): CrateTicket {
  const groupCount = Math.min(producers.length, Math.ceil(lineCount / 2));
  const groups = producers.slice(0, groupCount).map((producerName): CrateTicketGroup => {
    return { producerName, lines: [], subtotalText: "" };
  });
  for (let line = 0; line < lineCount; line += 1) {
    const [productName, quantityText, amountText] = products[line % products.length]!;
    groups[line % groups.length]!.lines.push({ productName, quantityText, amountText });
  }
  groups.forEach((group, position) => (group.subtotalText = `${12 + position},40 €`));
  return {
    crateNumber: index + 1,
    orderCode: `K${(4817 + index * 37).toString(36).toUpperCase()}`,
    crateName: `Client numéro ${index + 1} Dupré`,
    groups,
    totalText: `${50 + (index % 20)},20 €`,
  };
}
