/** A decimal number read exactly from text: value = sign × digits / 10^decimals. */
export type DecimalText = { negative: boolean; digits: bigint; decimals: number };

// Spaces people and Intl put between thousands: space, no-break space, narrow no-break space.
const groupSpace = /[ \u00a0\u202f]/g;
const grouped = /^\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?:[.,]\d+)?$/;
const plain = /^\d+(?:[.,]\d+)?$/;

/**
 * Reads "12", "3,5", "3.5", "1 234,50", "-2" exactly, without going through floats, so
 * that "0,1 kg" stays exactly 100 g. Anything else (exponents, "½", two separators) is null.
 */
export function parseDecimalText(text: string): DecimalText | null {
  let body = text.trim();
  const negative = body.startsWith("-") || body.startsWith("\u2212");
  if (negative || body.startsWith("+")) body = body.slice(1).trimStart();
  if (!plain.test(body) && !grouped.test(body)) return null;

  const [whole = "", fraction = ""] = body.replace(groupSpace, "").split(/[.,]/);
  return { negative, digits: BigInt(whole + fraction), decimals: fraction.length };
}

/** Scales a decimal to an integer count of `factor` sub-units, or null when it is not whole. */
export function scaleDecimal(value: DecimalText, factor: bigint): bigint | null {
  const scaled = value.digits * factor;
  const divisor = 10n ** BigInt(value.decimals);
  if (scaled % divisor !== 0n) return null;
  return scaled / divisor;
}
