import { describe, expect, it } from "vitest";

import type { ReceiptChecklistProducer } from "../../src/documents/receipt-checklist.ts";
import { renderReceiptChecklist } from "../../src/documents/receipt-checklist.ts";
import { readPdf } from "../support/pdf-text.ts";
import { receiptChecklistTexts } from "./french-texts.ts";

function makeProducers(count: number, linesEach: number): ReceiptChecklistProducer[] {
  return Array.from({ length: count }, (_, index) => ({
    producerName: `Producteur numéro ${index + 1}`,
    lines: Array.from({ length: linesEach }, (_, line) => ({
      productName: `Produit ${index + 1}.${line + 1}`,
      quantityText: `${line + 2} kg`,
      customers: line + 3,
    })),
  }));
}

function render(producers: ReceiptChecklistProducer[]) {
  return renderReceiptChecklist({
    driveName: "Drive fermier du Sud-Aveyron",
    sessionLabel: "Semaine du 10 mars",
    producers,
    texts: receiptChecklistTexts,
  });
}

describe("renderReceiptChecklist", () => {
  it("lists every producer with its products, quantities and column titles", async () => {
    const producers = makeProducers(35, 4);

    const { pageCount, pages } = await readPdf(await render(producers));
    const text = pages.join("\n");

    for (const producer of producers) {
      expect(text).toContain(producer.producerName);
      for (const line of producer.lines) expect(text).toContain(line.productName);
    }
    expect(text).toContain("5 kg");
    for (const title of ["Attendu", "Reçu", "Abîmé", "Remarque"]) expect(pages[0]).toContain(title);
    expect(pageCount).toBeGreaterThan(1);
    expect(pages[pageCount - 1]).toContain(`Page ${pageCount} / ${pageCount}`);
  });

  it("repeats a producer's name on the next page when its list goes on", async () => {
    const { pageCount, pages } = await readPdf(await render(makeProducers(1, 60)));

    expect(pageCount).toBe(2);
    expect(pages[1]).toContain("Producteur numéro 1 (suite)");
    expect(pages[1]).toContain("Réception des produits");
  });

  it("renders an empty checklist as one page with its heading", async () => {
    const { pageCount, pages } = await readPdf(await render([]));

    expect(pageCount).toBe(1);
    expect(pages[0]).toContain("Semaine du 10 mars");
  });
});
