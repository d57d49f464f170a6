import { describe, expect, it } from "vitest";
import {
  checkCartLine,
  priceForKind,
  summarizeCart,
  type PricedOffer,
} from "../../src/domain/pricing.ts";

function makeOffer(overrides: Partial<PricedOffer> = {}): PricedOffer {
  return {
    offerId: 1,
    productId: 10,
    producerId: 100,
    producerName: "Ferme du Causse",
    productName: "Tomates",
    priceCents: 250,
    measure: { unit: "g", stepSize: 500 },
    kindPrices: [],
    remainingSteps: null,
    ...overrides,
  };
}

const restaurantTerms = makeOffer({
  kindPrices: [
    { customerKind: "restaurant", priceCents: 200, minSteps: 10 },
    { customerKind: "shop", priceCents: null, minSteps: 4 },
    { customerKind: "processor", priceCents: 180, minSteps: null },
  ],
});

describe("priceForKind", () => {
  it("gives households the default price and a minimum of one step", () => {
    expect(priceForKind(restaurantTerms, "household")).toEqual({ priceCents: 250, minSteps: 1 });
  });

  it("applies a kind's own price and minimum", () => {
    expect(priceForKind(restaurantTerms, "restaurant")).toEqual({ priceCents: 200, minSteps: 10 });
  });

  it("keeps the default for whichever of price and minimum the kind leaves empty", () => {
    expect(priceForKind(restaurantTerms, "shop")).toEqual({ priceCents: 250, minSteps: 4 });
    expect(priceForKind(restaurantTerms, "processor")).toEqual({ priceCents: 180, minSteps: 1 });
  });
});

describe("summarizeCart", () => {
  const eggs = makeOffer({
    offerId: 2,
    producerId: 200,
    producerName: "Élevage des Bories",
    productName: "Œufs",
    priceCents: 420,
    measure: { unit: "piece", stepSize: 6 },
  });
  const cheese = makeOffer({
    offerId: 3,
    producerId: 300,
    producerName: "Bergerie Andrieu",
    productName: "Pérail",
    priceCents: 380,
  });
  const courgettes = makeOffer({ offerId: 4, productName: "Courgettes", priceCents: 300 });

  it("groups lines by farm in French alphabetical order and totals them", () => {
    const summary = summarizeCart(
      [
        { offer: makeOffer(), steps: 3 },
        { offer: eggs, steps: 2 },
        { offer: cheese, steps: 1 },
        { offer: courgettes, steps: 2 },
      ],
      "household",
    );

    expect(summary.groups.map((group) => group.producerName)).toEqual([
      "Bergerie Andrieu",
      "Élevage des Bories",
      "Ferme du Causse",
    ]);
    expect(summary.groups[2]).toEqual({
      producerId: 100,
      producerName: "Ferme du Causse",
      lines: [
        { offerId: 4, productName: "Courgettes", steps: 2, unitPriceCents: 300, totalCents: 600 },
        { offerId: 1, productName: "Tomates", steps: 3, unitPriceCents: 250, totalCents: 750 },
      ],
      subtotalCents: 1_350,
    });
    expect(summary.totalCents).toBe(380 + 840 + 1_350);
    expect(summary.lineCount).toBe(4);
  });

  it("prices the lines for the customer's kind", () => {
    const summary = summarizeCart([{ offer: restaurantTerms, steps: 10 }], "restaurant");
    expect(summary.totalCents).toBe(2_000);
  });

  it("summarizes an empty cart as nothing to pay", () => {
    expect(summarizeCart([], "household")).toEqual({ groups: [], totalCents: 0, lineCount: 0 });
  });
});

describe("checkCartLine", () => {
  it("accepts a quantity within the minimum and the stock", () => {
    const offer = makeOffer({ remainingSteps: 5 });
    expect(checkCartLine(offer, 5, "household")).toEqual({ ok: true });
  });

  it("refuses less than the kind's minimum and says what the minimum is", () => {
    expect(checkCartLine(restaurantTerms, 9, "restaurant")).toEqual({
      ok: false,
      reason: "below_minimum",
      minSteps: 10,
    });
  });

  it("refuses more than is left and says how much is left", () => {
    const offer = makeOffer({ remainingSteps: 2 });
    expect(checkCartLine(offer, 3, "household")).toEqual({
      ok: false,
      reason: "over_stock",
      remainingSteps: 2,
    });
  });

  it("refuses a sold-out offer", () => {
    const offer = makeOffer({ remainingSteps: 0 });
    expect(checkCartLine(offer, 1, "household")).toMatchObject({ remainingSteps: 0 });
  });

  it("accepts any quantity of an offer with unlimited stock", () => {
    expect(checkCartLine(makeOffer(), 1_000, "household")).toEqual({ ok: true });
  });

  it("refuses zero, negative and fractional quantities", () => {
    for (const steps of [0, -1, 1.5]) {
      expect(checkCartLine(makeOffer(), steps, "household")).toEqual({
        ok: false,
        reason: "not_positive",
      });
    }
  });
});
