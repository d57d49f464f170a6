import { describe, expect, it } from "vitest";

import type { PickListPdfInput } from "../../src/documents/pick-list-pdf.ts";
import { renderPickListPdf } from "../../src/documents/pick-list-pdf.ts";
import { readPdf } from "../support/pdf-text.ts";
import { pickListTexts } from "./french-texts.ts";

const input: PickListPdfInput = {
  producerName: "La Ferme des Trois Chênes",
  sessionLabel: "Semaine du 10 mars",
  deliveryText: "À déposer mercredi 12 mars avant 8 h 30",
  rows: [
    {
      productName: "Tomates cœur de bœuf",
      quantityText: "12 kg",
      customers: 9,
      amountText: "60,00 €",
    },
    {
      productName: "Œufs plein air",
      quantityText: "8 boîtes",
      customers: 8,
      amountText: "38,40 €",
    },
  ],
  totalText: "98,40 €",
  byCustomer: [
    {
      orderCode: "K7Q2",
      crateName: "Zoé Dupré",
      lines: [{ productName: "Œufs plein air", quantityText: "1 boîte" }],
    },
    {
      orderCode: "K7Q3",
      crateName: "Jean 🌻 Martin",
      lines: [{ productName: "Tomates cœur de bœuf", quantityText: "1,5 kg" }],
    },
  ],
  texts: pickListTexts,
};

describe("renderPickListPdf", () => {
  it("prints the totals per product and the grand total for the producer", async () => {
    const { pages } = await readPdf(await renderPickListPdf(input));
    const text = pages.join("\n");

    expect(text).toContain("La Ferme des Trois Chênes");
    expect(text).toContain("À déposer mercredi 12 mars avant 8 h 30");
    for (const row of input.rows) {
      expect(text).toContain(row.productName);
      expect(text).toContain(row.quantityText);
      expect(text).toContain(row.amountText);
    }
    expect(text).toMatch(/Total\s+98,40 €/);
  });

  it("details what goes to each order, by code and crate name", async () => {
    const { pages } = await readPdf(await renderPickListPdf(input));
    const text = pages.join("\n");

    expect(text).toContain("Détail par commande");
    expect(text).toContain("K7Q2 · Zoé Dupré");
    expect(text).toContain("K7Q3 · Jean ? Martin");
    expect(text).toContain("1 boîte");
  });

  it("numbers its pages when the detail runs long", async () => {
    const byCustomer = Array.from({ length: 120 }, (_, index) => ({
      orderCode: `C${index}`,
      crateName: `Client ${index}`,
      lines: [{ productName: "Tomates cœur de bœuf", quantityText: "1 kg" }],
    }));

    const { pageCount, pages } = await readPdf(await renderPickListPdf({ ...input, byCustomer }));

    expect(pageCount).toBeGreaterThan(1);
    expect(pages[0]).toContain(`Page 1 / ${pageCount}`);
    expect(pages[pageCount - 1]).toContain("C119 · Client 119");
  });
});
