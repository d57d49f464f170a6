import { parseQuantity, type Measure } from "../../../domain/quantity.ts";
import type { Unit } from "../../../domain/values.ts";

/** The steps producers use most, offered as buttons; anything else is typed. */
export const unitPresets: Measure[] = [
  { unit: "piece", stepSize: 1 },
  { unit: "g", stepSize: 500 },
  { unit: "g", stepSize: 1000 },
  { unit: "g", stepSize: 250 },
  { unit: "ml", stepSize: 1000 },
  { unit: "ml", stepSize: 750 },
];

const units: Unit[] = ["g", "ml", "piece"];

/**
 * Reads a typed step ("2 kg", "50 cl", "6 pièces") as a measure. A unit word is required: a
 * bare "6" could mean pieces or grams. Reuses the customer's quantity reading with a step of 1
 * base unit, so both sides agree on what "1,5 kg" or "75 cl" is.
 */
export function parseMeasure(text: string): Measure | null {
  if (!/[a-zà-ÿ]/i.test(text)) return null;
  for (const unit of units) {
    const read = parseQuantity(text, { unit, stepSize: 1 }, { maxSteps: 100_000 });
    if (read.ok) return { unit, stepSize: read.steps };
  }
  return null;
}

/**
 * A total typed by a producer for an offer, in steps: "20" is 20 steps, "10 kg" is converted.
 * "0" is allowed (sold out); null when it cannot be read.
 */
export function parseOfferSteps(text: string, measure: Measure): number | null {
  if (/^\s*0+\s*$/.test(text)) return 0;
  const read = parseQuantity(text, measure, { maxSteps: 1_000_000 });
  return read.ok ? read.steps : null;
}
