import { describe, expect, it } from "vitest";
import {
  formatPickListMessages,
  type PickListCustomerRow,
  type PickListRow,
  type PickListTexts,
} from "../../src/domain/pick-list.ts";

const texts: PickListTexts = {
  title: ({ producerName, deliveryText }) => `Liste — ${producerName} (${deliveryText})`,
  lineFormat: ({ productName, quantity, customers, amount }) =>
    `${productName} : ${quantity} (${customers} commandes) ${amount}`,
  total: ({ amount, orderCount }) => `Total : ${amount}, ${orderCount} commandes`,
  byCustomer: "Par caisse :",
  customerLineFormat: ({ orderCode, crateName, productName, quantity }) =>
    `${orderCode} ${crateName} — ${productName} ${quantity}`,
  continued: ({ producerName, part, parts }) => `${producerName} (suite ${part}/${parts})`,
  nothingOrdered: "Rien de commandé cette semaine.",
};

const rows: PickListRow[] = [
  {
    productName: "Tomates",
    measure: { unit: "g", stepSize: 500 },
    steps: 9,
    customers: 2,
    amountCents: 2_250,
  },
  {
    productName: "Œufs",
    measure: { unit: "piece", stepSize: 6 },
    steps: 1,
    customers: 1,
    amountCents: 420,
  },
];

const customers: PickListCustomerRow[] = [
  {
    orderCode: "K7Q2",
    crateName: "Martin",
    productName: "Tomates",
    measure: { unit: "g", stepSize: 500 },
    steps: 3,
  },
  {
    orderCode: "C4XZ",
    crateName: "Andrieu",
    productName: "Tomates",
    measure: { unit: "g", stepSize: 500 },
    steps: 6,
  },
  {
    orderCode: "C4XZ",
    crateName: "Andrieu",
    productName: "Œufs",
    measure: { unit: "piece", stepSize: 6 },
    steps: 1,
  },
];

const base = {
  producerName: "Ferme du Causse",
  deliveryText: "mercredi 9 décembre avant 9 h",
  lang: "fr" as const,
  texts,
};

describe("formatPickListMessages", () => {
  it("lists the totals per product, the grand total and each crate", () => {
    const messages = formatPickListMessages({ ...base, rows, customers });

    expect(messages).toEqual([
      [
        "Liste — Ferme du Causse (mercredi 9 décembre avant 9 h)",
        "",
        "Œufs : 1 × lot de 6 (1 commandes) 4,20\u00a0€",
        "Tomates : 4,5 kg (2 commandes) 22,50\u00a0€",
        "",
        "Total : 26,70\u00a0€, 2 commandes",
        "",
        "Par caisse :",
        "C4XZ Andrieu — Œufs 1 × lot de 6",
        "C4XZ Andrieu — Tomates 3 kg",
        "K7Q2 Martin — Tomates 1,5 kg",
      ].join("\n"),
    ]);
  });

  it("says so when nothing was ordered", () => {
    const messages = formatPickListMessages({ ...base, rows: [], customers: [] });
    expect(messages).toEqual([
      "Liste — Ferme du Causse (mercredi 9 décembre avant 9 h)\n\nRien de commandé cette semaine.",
    ]);
  });

  it("splits a long list into messages of at most 4096 characters between lines", () => {
    const many: PickListCustomerRow[] = Array.from({ length: 400 }, (_, index) => ({
      orderCode: `C${String(index).padStart(3, "0")}`,
      crateName: `Famille numéro ${String(index).padStart(3, "0")}`,
      productName: "Tomates cerises anciennes",
      measure: { unit: "g", stepSize: 250 },
      steps: 2,
    }));
    const messages = formatPickListMessages({ ...base, rows, customers: many });

    expect(messages.length).toBeGreaterThan(1);
    for (const message of messages) expect(message.length).toBeLessThanOrEqual(4096);
    messages.slice(1).forEach((message, index) => {
      const head = `Ferme du Causse (suite ${index + 2}/${messages.length})\n`;
      expect(message.startsWith(head)).toBe(true);
    });

    const lines = messages.flatMap((message, index) => message.split("\n").slice(index ? 1 : 0));
    const crateLines = lines.filter((line) => line.startsWith("C") && line.includes("Famille"));
    expect(crateLines).toHaveLength(400);
    expect(crateLines[0]).toBe("C000 Famille numéro 000 — Tomates cerises anciennes 500 g");
  });
});
