import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  formatQuantity,
  formatStep,
  parseQuantity,
  type Measure,
} from "../../src/domain/quantity.ts";

const grams500: Measure = { unit: "g", stepSize: 500 };
const grams250: Measure = { unit: "g", stepSize: 250 };
const ml250: Measure = { unit: "ml", stepSize: 250 };
const litre: Measure = { unit: "ml", stepSize: 1000 };
const piece: Measure = { unit: "piece", stepSize: 1 };
const sixPack: Measure = { unit: "piece", stepSize: 6 };
const limits = { maxSteps: 100 };

describe("formatStep", () => {
  it.each([
    [grams500, "500 g", "500 g"],
    [{ unit: "g", stepSize: 1000 } as Measure, "1 kg", "1 kg"],
    [{ unit: "g", stepSize: 1500 } as Measure, "1,5 kg", "1.5 kg"],
    [ml250, "250 ml", "250 ml"],
    [litre, "1 L", "1 L"],
    [piece, "pièce", "piece"],
    [sixPack, "lot de 6", "pack of 6"],
  ])("writes a step of %j as %j in French and %j in English", (measure, fr, en) => {
    expect(formatStep(measure, "fr")).toBe(fr);
    expect(formatStep(measure, "en")).toBe(en);
  });
});

describe("formatQuantity", () => {
  it("writes the total weight of several steps in kilograms from 1 kg", () => {
    expect(formatQuantity(3, grams500, "fr")).toBe("1,5 kg");
    expect(formatQuantity(3, grams500, "en")).toBe("1.5 kg");
    expect(formatQuantity(3, grams250, "fr")).toBe("750 g");
  });

  it("writes volumes in litres from 1 L", () => {
    expect(formatQuantity(6, ml250, "fr")).toBe("1,5 L");
    expect(formatQuantity(1, ml250, "en")).toBe("250 ml");
  });

  it("writes pieces as a bare count and packs as a count of packs", () => {
    expect(formatQuantity(4, piece, "fr")).toBe("4");
    expect(formatQuantity(2, sixPack, "fr")).toBe("2 × lot de 6");
    expect(formatQuantity(2, sixPack, "en")).toBe("2 × pack of 6");
  });
});

describe("parseQuantity", () => {
  it.each([
    ["3", grams500, 3],
    ["  3  ", grams500, 3],
    ["1,5 kg", grams500, 3],
    ["1.5kg", grams500, 3],
    ["1,5KG", grams500, 3],
    ["1500 g", grams500, 3],
    ["1 500 g", grams500, 3],
    ["750g", grams250, 3],
    ["3,5", grams500, 7],
    ["3.5", grams500, 7],
    ["2 L", ml250, 8],
    ["2l", litre, 2],
    ["500 ml", ml250, 2],
    ["4", piece, 4],
    ["4 pièces", piece, 4],
    ["12 pièces", sixPack, 2],
    ["2 lots", sixPack, 2],
  ])("reads %j of %j as %i steps", (text, measure, steps) => {
    expect(parseQuantity(text, measure, limits)).toEqual({ ok: true, steps });
  });

  it.each([
    ["", grams500, "empty"],
    ["   ", grams500, "empty"],
    ["abc", grams500, "not_a_number"],
    ["½", piece, "not_a_number"],
    ["1e9", grams500, "not_a_number"],
    ["3 bananes", grams500, "not_a_number"],
    ["0", grams500, "zero"],
    ["0,0 kg", grams500, "zero"],
    ["-2", grams500, "negative"],
    ["-1,5 kg", grams500, "negative"],
    ["999999999999", grams500, "too_large"],
    ["101", grams500, "too_large"],
    ["1,2 kg", grams500, "not_a_multiple"],
    ["1,2345 kg", grams500, "not_a_multiple"],
    ["700 g", grams500, "not_a_multiple"],
    ["7 pièces", sixPack, "not_a_multiple"],
    ["2,5", piece, "fraction_of_piece"],
    ["1,5 lot", sixPack, "fraction_of_piece"],
    ["2 L", grams500, "wrong_unit"],
    ["500 g", piece, "wrong_unit"],
  ])("refuses %j of %j as %s", (text, measure, reason) => {
    expect(parseQuantity(text, measure, limits)).toEqual({ ok: false, reason });
  });

  it("accepts exactly the largest allowed number of steps", () => {
    expect(parseQuantity("100", grams500, limits)).toEqual({ ok: true, steps: 100 });
  });

  it("never throws, whatever is typed", () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        const result = parseQuantity(text, grams500, limits);
        if (result.ok) expect(result.steps).toBeGreaterThan(0);
      }),
    );
  });

  it("reads back the quantity it formats", () => {
    const measures = fc.constantFrom(grams500, grams250, ml250, litre, piece, {
      unit: "g",
      stepSize: 125,
    } as Measure);
    fc.assert(
      fc.property(
        measures,
        fc.integer({ min: 1, max: 10_000 }),
        fc.constantFrom("fr", "en"),
        (measure, steps, lang) => {
          const text = formatQuantity(steps, measure, lang as "fr" | "en");
          const result = parseQuantity(text, measure, { maxSteps: 10_000 });
          expect(result).toEqual({ ok: true, steps });
        },
      ),
    );
  });
});
