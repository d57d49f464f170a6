import { parseDecimalText, scaleDecimal } from "./decimal-text.ts";
import { toLocaleTag, type Language } from "./values.ts";

const formatters = new Map<Language, Intl.NumberFormat>();

function getEuroFormatter(lang: Language): Intl.NumberFormat {
  let formatter = formatters.get(lang);
  if (!formatter) {
    formatter = new Intl.NumberFormat(toLocaleTag(lang), { style: "currency", currency: "EUR" });
    formatters.set(lang, formatter);
  }
  return formatter;
}

/**
 * "3,20 €" / "€3.20". Intl does the layout: in fr-FR the thousands separator is a narrow
 * no-break space (U+202F) and the space before "€" a no-break space (U+00A0), so an amount
 * never wraps across two lines in Telegram. Compare with these characters in tests.
 */
export function formatEuros(cents: number, lang: Language): string {
  assertCents(cents);
  // cents / 100 is the closest double to the exact amount; Intl rounds it back to 2 decimals.
  return getEuroFormatter(lang).format(cents / 100);
}

/**
 * `basisPoints` / 10 000 of `cents`, rounded half away from zero to the cent.
 * Computed on bigints so that no product of two amounts ever loses precision.
 */
export function percentOf(cents: number, basisPoints: number): number {
  assertCents(cents);
  if (!Number.isSafeInteger(basisPoints)) {
    throw new RangeError(`basis points must be an integer, got ${basisPoints}`);
  }
  const product = BigInt(cents) * BigInt(basisPoints);
  const magnitude = product < 0n ? -product : product;
  const rounded = (magnitude + 5_000n) / 10_000n;
  return Number(product < 0n ? -rounded : rounded);
}

export type ParseEurosResult =
  | { ok: true; cents: number }
  | { ok: false; reason: "empty" | "not_a_number" | "negative" | "too_precise" | "too_large" };

/** Far above any basket or fee; an amount beyond it is a typing slip. */
export const defaultMaxCents = 10_000_000;

const currencyMarks = /€|euros?|eur/gi;

/** Reads a typed amount ("5", "5,50", "5.50 €", "12€", "1 234,50") as integer cents. */
export function parseEuros(text: string, maxCents = defaultMaxCents): ParseEurosResult {
  const withoutCurrency = text.replace(currencyMarks, " ").trim();
  if (withoutCurrency === "") {
    return { ok: false, reason: text.trim() === "" ? "empty" : "not_a_number" };
  }

  const value = parseDecimalText(withoutCurrency);
  if (!value) return { ok: false, reason: "not_a_number" };
  if (value.negative && value.digits !== 0n) return { ok: false, reason: "negative" };

  const cents = scaleDecimal(value, 100n);
  if (cents === null) return { ok: false, reason: "too_precise" };
  if (cents > BigInt(maxCents)) return { ok: false, reason: "too_large" };
  return { ok: true, cents: Number(cents) };
}

function assertCents(cents: number): void {
  if (!Number.isSafeInteger(cents)) throw new RangeError(`cents must be an integer, got ${cents}`);
}
