import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  isOrderCode,
  makeOrderCode,
  normalizeOrderCode,
  orderCodeAlphabet,
} from "../../src/domain/order-code.ts";

describe("makeOrderCode", () => {
  it("leaves out characters that are easy to misread", () => {
    for (const char of "0O1IL") expect(orderCodeAlphabet).not.toContain(char);
  });

  it("makes four characters of the alphabet by default", () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true })), (r) => {
        let index = 0;
        const code = makeOrderCode(() => r[index++ % Math.max(r.length, 1)] ?? 0);
        expect(isOrderCode(code)).toBe(true);
      }),
    );
  });

  it("uses the whole alphabet, from its first to its last character", () => {
    expect(makeOrderCode(() => 0, 2)).toBe("22");
    expect(makeOrderCode(() => 0.999_999, 2)).toBe("ZZ");
  });

  it("stays within the alphabet when the random source returns exactly 1", () => {
    expect(makeOrderCode(() => 1)).toBe("ZZZZ");
  });

  it("makes codes of the requested length", () => {
    expect(makeOrderCode(Math.random, 6)).toHaveLength(6);
  });
});

describe("normalizeOrderCode", () => {
  it("upper-cases and removes spaces and the hash sign", () => {
    expect(normalizeOrderCode(" #k7 q2 ")).toBe("K7Q2");
  });

  it("gives back every code it made unchanged", () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }), (value) => {
        const code = makeOrderCode(() => value);
        expect(normalizeOrderCode(`#${code.toLowerCase()}`)).toBe(code);
      }),
    );
  });
});

describe("isOrderCode", () => {
  it("refuses codes of another length or with ambiguous characters", () => {
    expect(isOrderCode("K7Q")).toBe(false);
    expect(isOrderCode("K7Q0")).toBe(false);
    expect(isOrderCode("K7Q2")).toBe(true);
  });
});
