import { parseDecimalText, scaleDecimal } from "./decimal-text.ts";
import { toLocaleTag, type Language, type Unit } from "./values.ts";

/** How a product is counted: one step is `stepSize` of `unit` (500 g, 250 ml, 1 piece, 6 eggs). */
export type Measure = { unit: Unit; stepSize: number };

export type QuantityError =
  | "empty"
  | "not_a_number"
  | "zero"
  | "negative"
  | "not_a_multiple"
  | "too_large"
  | "fraction_of_piece"
  | "wrong_unit";

export type ParseQuantityResult =
  { ok: true; steps: number } | { ok: false; reason: QuantityError };

const numberFormats = new Map<Language, Intl.NumberFormat>();

function formatNumber(value: number, lang: Language): string {
  let format = numberFormats.get(lang);
  if (!format) {
    // No thousands grouping: an English "1,000" would read as a French decimal when typed back.
    const options = { maximumFractionDigits: 3, useGrouping: false } as const;
    format = new Intl.NumberFormat(toLocaleTag(lang), options);
    numberFormats.set(lang, format);
  }
  return format.format(value);
}

/** An amount in grams or millilitres, switched to kg or L from 1000 up: "750 g", "1,5 kg". */
function formatMass(amount: number, unit: "g" | "ml", lang: Language): string {
  const big = unit === "g" ? "kg" : "L";
  if (amount >= 1000) return `${formatNumber(amount / 1000, lang)} ${big}`;
  return `${formatNumber(amount, lang)} ${unit}`;
}

function formatPack(stepSize: number, lang: Language): string {
  if (stepSize === 1) return lang === "fr" ? "pièce" : "piece";
  return lang === "fr" ? `lot de ${stepSize}` : `pack of ${stepSize}`;
}

/** What one step is, as shown beside a price: "500 g", "1 L", "pièce", "lot de 6". */
export function formatStep(measure: Measure, lang: Language): string {
  if (measure.unit === "piece") return formatPack(measure.stepSize, lang);
  return formatMass(measure.stepSize, measure.unit, lang);
}

/**
 * The total of `steps`: "1,5 kg" for 3 × 500 g, "4" for 4 pieces. Packs stay counted in
 * packs ("2 × lot de 6") because that is what the producer prepares and the customer chose.
 */
export function formatQuantity(steps: number, measure: Measure, lang: Language): string {
  if (measure.unit !== "piece") return formatMass(steps * measure.stepSize, measure.unit, lang);
  if (measure.stepSize === 1) return formatNumber(steps, lang);
  return `${formatNumber(steps, lang)} × ${formatPack(measure.stepSize, lang)}`;
}

// Each word says how many base units (g, ml, piece) it is worth; "step" words count steps.
const massWords: Record<string, number> = {
  g: 1,
  gr: 1,
  gramme: 1,
  grammes: 1,
  gram: 1,
  grams: 1,
  kg: 1000,
  kilo: 1000,
  kilos: 1000,
  kilogramme: 1000,
  kilogrammes: 1000,
};
const volumeWords: Record<string, number> = {
  ml: 1,
  cl: 10,
  dl: 100,
  l: 1000,
  litre: 1000,
  litres: 1000,
  liter: 1000,
  liters: 1000,
};
const pieceWords: Record<string, number> = {
  p: 1,
  pc: 1,
  pcs: 1,
  piece: 1,
  pieces: 1,
  pièce: 1,
  pièces: 1,
  u: 1,
  unite: 1,
  unites: 1,
  unité: 1,
  unités: 1,
};
const stepWords = new Set(["lot", "lots", "pack", "packs"]);

const numberThenWord = /^(.*?)\s*([a-zà-ÿ]+)\.?$/u;

/**
 * Reads what a customer typed into a whole number of steps. A bare whole number counts steps
 * ("3" is 3 × 500 g); a bare decimal is read in kg or L ("1,5" is 1.5 kg), since nobody means
 * half a step; a number with a unit is converted ("750 g", "2 L", "12 pièces"). Never throws.
 */
export function parseQuantity(
  text: string,
  measure: Measure,
  limits: { maxSteps: number },
): ParseQuantityResult {
  const cleaned = text.trim().toLowerCase().replace(/\s+/g, " ");
  if (cleaned === "") return { ok: false, reason: "empty" };

  const match = numberThenWord.exec(cleaned);
  const numberPart = match ? (match[1] ?? "") : cleaned;
  const word = match?.[2];

  const value = parseDecimalText(numberPart);
  if (!value) return { ok: false, reason: "not_a_number" };
  if (value.digits === 0n) return { ok: false, reason: "zero" };
  if (value.negative) return { ok: false, reason: "negative" };

  const isPiece = measure.unit === "piece";
  const reading = readWord(word, value.decimals > 0, measure);
  if (reading === "unknown") return { ok: false, reason: "not_a_number" };
  if (reading === "wrong") return { ok: false, reason: "wrong_unit" };

  const scaled = scaleDecimal(value, BigInt(reading.factor));
  if (scaled === null) {
    return { ok: false, reason: isPiece ? "fraction_of_piece" : "not_a_multiple" };
  }

  const size = BigInt(reading.countsSteps ? 1 : measure.stepSize);
  if (scaled % size !== 0n) return { ok: false, reason: "not_a_multiple" };

  const steps = scaled / size;
  if (steps > BigInt(limits.maxSteps)) return { ok: false, reason: "too_large" };
  return { ok: true, steps: Number(steps) };
}

type WordReading = { factor: number; countsSteps: boolean } | "unknown" | "wrong";

function readWord(word: string | undefined, hasDecimals: boolean, measure: Measure): WordReading {
  if (word === undefined) {
    if (hasDecimals && measure.unit !== "piece") return { factor: 1000, countsSteps: false };
    return { factor: 1, countsSteps: true };
  }
  if (stepWords.has(word)) return { factor: 1, countsSteps: true };

  const own = { g: massWords, ml: volumeWords, piece: pieceWords }[measure.unit];
  const factor = own[word];
  if (factor !== undefined) return { factor, countsSteps: false };

  const known = word in massWords || word in volumeWords || word in pieceWords;
  return known ? "wrong" : "unknown";
}
