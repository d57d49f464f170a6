import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { formatEuros, parseEuros, percentOf } from "../../src/domain/money.ts";

const nbsp = "\u00a0";
const narrow = "\u202f";

describe("formatEuros", () => {
  it("writes French amounts with a decimal comma and the euro sign after", () => {
    expect(formatEuros(320, "fr")).toBe(`3,20${nbsp}€`);
    expect(formatEuros(0, "fr")).toBe(`0,00${nbsp}€`);
  });

  it("groups French thousands with a narrow no-break space", () => {
    expect(formatEuros(123_450, "fr")).toBe(`1${narrow}234,50${nbsp}€`);
  });

  it("writes English amounts with the euro sign first", () => {
    expect(formatEuros(320, "en")).toBe("€3.20");
    expect(formatEuros(123_450, "en")).toBe("€1,234.50");
  });

  it("keeps the sign of a negative amount", () => {
    expect(formatEuros(-320, "fr")).toBe(`-3,20${nbsp}€`);
  });

  it("refuses an amount that is not a whole number of cents", () => {
    expect(() => formatEuros(1.5, "fr")).toThrow(RangeError);
  });
});

describe("percentOf", () => {
  it("takes 5 % and 15 % of an amount", () => {
    expect(percentOf(10_000, 500)).toBe(500);
    expect(percentOf(5_700, 1_500)).toBe(855);
  });

  it("rounds half a cent away from zero", () => {
    expect(percentOf(10, 500)).toBe(1);
    expect(percentOf(-10, 500)).toBe(-1);
    expect(percentOf(9, 500)).toBe(0);
    expect(percentOf(-9, 500)).toBe(0);
  });

  it("stays exact on amounts whose product with the rate exceeds 2^53", () => {
    expect(percentOf(9_007_199_254_740_991, 10_000)).toBe(9_007_199_254_740_991);
  });

  it("never drifts from the exact rational result", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -10_000_000_000, max: 10_000_000_000 }),
        fc.integer({ min: 0, max: 10_000 }),
        (cents, bp) => {
          const result = percentOf(cents, bp);
          expect(Number.isInteger(result)).toBe(true);
          // |result − cents·bp/10 000| ≤ 1/2, compared on integers to stay exact.
          const error = BigInt(result) * 10_000n - BigInt(cents) * BigInt(bp);
          expect(error <= 5_000n && error >= -5_000n).toBe(true);
          expect(percentOf(-cents, bp)).toBe(-result || 0);
        },
      ),
    );
  });
});

describe("parseEuros", () => {
  it.each([
    ["5", 500],
    ["5,50", 550],
    ["5,5", 550],
    ["5.50 €", 550],
    ["12€", 1200],
    ["€ 3", 300],
    ["7 euros", 700],
    ["1 234,50", 123_450],
    [`1${narrow}234,50${nbsp}€`, 123_450],
    ["0", 0],
  ])("reads %j as %i cents", (text, cents) => {
    expect(parseEuros(text)).toEqual({ ok: true, cents });
  });

  it.each([
    ["", "empty"],
    ["   ", "empty"],
    ["€", "not_a_number"],
    ["abc", "not_a_number"],
    ["5,50,20", "not_a_number"],
    ["1e3", "not_a_number"],
    ["5 5", "not_a_number"],
    ["-5", "negative"],
    ["5,555", "too_precise"],
    ["999999999", "too_large"],
  ])("refuses %j as %s", (text, reason) => {
    expect(parseEuros(text)).toEqual({ ok: false, reason });
  });

  // English output groups thousands with a comma, which a French reader takes for decimals,
  // so only the French form is meant to be typed back.
  it("reads back every French amount it formats", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10_000_000 }), (cents) => {
        expect(parseEuros(formatEuros(cents, "fr"))).toEqual({ ok: true, cents });
      }),
    );
  });
});
