import { describe, expect, it } from "vitest";
import {
  allocateCredits,
  availableFor,
  cartFingerprint,
  cleanCrateName,
  cleanPhone,
  fitToAvailable,
  nextSteps,
  pageOf,
  planStockChanges,
} from "../../src/domain/checkout.ts";

describe("checkout rules", () => {
  it("moves only the difference in stock when an order changes", () => {
    const previous = new Map([
      [1, 3],
      [2, 1],
    ]);
    const next = new Map([
      [1, 4],
      [3, 2],
    ]);
    expect(planStockChanges(previous, next)).toEqual([
      { offerId: 1, delta: 1 },
      { offerId: 2, delta: -1 },
      { offerId: 3, delta: 2 },
    ]);
    expect(planStockChanges(next, next)).toEqual([]);
  });

  it("counts what the customer's own order holds as available to them", () => {
    expect(availableFor(0, 3)).toBe(3);
    expect(availableFor(2, 0)).toBe(2);
    expect(availableFor(null, 3)).toBeNull();
    expect(availableFor(-1, 1)).toBe(1);
  });

  it("gives the same fingerprint to the same basket in any order, another to a changed one", () => {
    const a = cartFingerprint([
      { offerId: 1, steps: 2 },
      { offerId: 5, steps: 1 },
    ]);
    expect(
      cartFingerprint([
        { offerId: 5, steps: 1 },
        { offerId: 1, steps: 2 },
      ]),
    ).toBe(a);
    expect(
      cartFingerprint([
        { offerId: 1, steps: 3 },
        { offerId: 5, steps: 1 },
      ]),
    ).not.toBe(a);
    expect(a).toBeLessThan(36 ** 6);
  });

  it("jumps to the kind's minimum on + and removes under it on −", () => {
    expect(nextSteps(0, "more", 1)).toBe(1);
    expect(nextSteps(0, "more", 10)).toBe(10);
    expect(nextSteps(10, "more", 10)).toBe(11);
    expect(nextSteps(10, "less", 10)).toBe(0);
    expect(nextSteps(3, "less", 1)).toBe(2);
    expect(nextSteps(1, "less", 1)).toBe(0);
  });

  it("fits a basket to what is left, dropping lines that fall under their minimum", () => {
    expect(
      fitToAvailable([
        { offerId: 1, steps: 3, minSteps: 1, availableSteps: 1 },
        { offerId: 2, steps: 12, minSteps: 10, availableSteps: 4 },
        { offerId: 3, steps: 2, minSteps: 1, availableSteps: null },
        { offerId: 4, steps: 2, minSteps: 1, availableSteps: 0 },
      ]),
    ).toEqual([
      { offerId: 1, steps: 1 },
      { offerId: 2, steps: 0 },
      { offerId: 3, steps: 2 },
      { offerId: 4, steps: 0 },
    ]);
  });

  it("uses the oldest credits first and splits one larger than the order", () => {
    const credits = [
      { id: 1, amountCents: 300 },
      { id: 2, amountCents: 1000 },
      { id: 3, amountCents: 200 },
    ];
    expect(allocateCredits(credits, 800)).toEqual({
      uses: [
        { id: 1, usedCents: 300, remainderCents: 0 },
        { id: 2, usedCents: 500, remainderCents: 500 },
      ],
      usedCents: 800,
    });
    expect(allocateCredits(credits, 5000).usedCents).toBe(1500);
    expect(allocateCredits(credits, 0).uses).toEqual([]);
  });

  it("pages a list and keeps a page past the end on the last page", () => {
    const items = Array.from({ length: 19 }, (_, index) => index);
    expect(pageOf(items, 0, 8)).toEqual({ items: [0, 1, 2, 3, 4, 5, 6, 7], page: 0, pageCount: 3 });
    expect(pageOf(items, 9, 8)).toEqual({ items: [16, 17, 18], page: 2, pageCount: 3 });
    expect(pageOf([], 0, 8)).toEqual({ items: [], page: 0, pageCount: 1 });
  });

  it("cleans a crate name and a phone, refusing what does not fit", () => {
    expect(cleanCrateName("  Camille   Bousquet ")).toBe("Camille Bousquet");
    expect(cleanCrateName("C")).toBeNull();
    expect(cleanCrateName("x".repeat(61))).toBeNull();
    expect(cleanCrateName("/start")).toBeNull();
    expect(cleanPhone("06 12 34 56 78")).toBe("0612345678");
    expect(cleanPhone("+33 6.12.34.56.78")).toBe("+33612345678");
    expect(cleanPhone("bonjour")).toBeNull();
    expect(cleanPhone("123")).toBeNull();
  });
});
