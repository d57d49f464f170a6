import { describe, expect, it } from "vitest";

import type { Label } from "../../src/documents/labels.ts";
import { AVERY_L7160_GRID, renderLabels } from "../../src/documents/labels.ts";
import { readPdf } from "../support/pdf-text.ts";
import { labelTexts } from "./french-texts.ts";

function makeLabels(count: number): Label[] {
  return Array.from({ length: count }, (_, index) => ({
    crateNumber: 1000 + index,
    crateName: `Client ${index} Dupré`,
    productName: "Tomates cœur de bœuf",
    quantityText: "1,5 kg",
    producerName: "La Ferme des Trois Chênes",
  }));
}

describe("renderLabels", () => {
  it("fills 24 labels a page on the default 3 × 8 grid", async () => {
    expect(
      (await readPdf(await renderLabels({ labels: makeLabels(24), texts: labelTexts }))).pageCount,
    ).toBe(1);
    expect(
      (await readPdf(await renderLabels({ labels: makeLabels(25), texts: labelTexts }))).pageCount,
    ).toBe(2);
  });

  it("prints crate number, name, product, quantity and producer on each label", async () => {
    const labels = makeLabels(24);

    const { pages } = await readPdf(await renderLabels({ labels, texts: labelTexts }));

    for (const label of labels) {
      expect(pages[0]).toContain(String(label.crateNumber));
      expect(pages[0]).toContain(label.crateName);
    }
    expect(pages[0]).toContain("Tomates cœur de bœuf");
    expect(pages[0]).toContain("1,5 kg");
    expect(pages[0]).toContain("La Ferme des Trois Chênes");
  });

  it("prints 2,500 labels on 105 pages", async () => {
    const buffer = await renderLabels({ labels: makeLabels(2500), texts: labelTexts });

    const { pageCount, pages } = await readPdf(buffer);

    expect(pageCount).toBe(105);
    expect(pages[104]).toContain("Client 2499 Dupré");
  });

  it("follows another grid when given one, such as 21 labels on Avery L7160", async () => {
    const buffer = await renderLabels({
      labels: makeLabels(22),
      grid: AVERY_L7160_GRID,
      texts: labelTexts,
    });

    expect((await readPdf(buffer)).pageCount).toBe(2);
  });

  it("refuses a grid larger than an A4 sheet instead of losing labels", () => {
    const grid = { ...AVERY_L7160_GRID, rows: 8 };
    expect(() => renderLabels({ labels: makeLabels(1), grid, texts: labelTexts })).toThrow(/A4/);
  });

  it("shortens a name too long for its label and survives emoji", async () => {
    const label = {
      ...makeLabels(1)[0]!,
      crateName: "Marie-Christine 🌻 Vaissière-Bonnefous de Saint-Rome-de-Tarn et famille",
    };

    const { pages } = await readPdf(await renderLabels({ labels: [label], texts: labelTexts }));

    expect(pages[0]).toContain("Marie-Christine ?");
    expect(pages[0]).toContain("…");
    expect(pages[0]).not.toContain("et famille");
  });
});
