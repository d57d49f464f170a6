/**
 * The standard PDF fonts (Helvetica…) are drawn by pdfkit in WinAnsiEncoding: one byte
 * per character. pdfkit does not check its input: a character outside that set is
 * written as a wrong-length hex code, which shifts every following glyph and prints
 * garbage (Arabic, CJK), and an emoji becomes two unpaired surrogates. So every piece
 * of user text goes through toPdfSafeText before it reaches a standard font.
 */

/** Code points WinAnsi has above Latin-1, as pdfkit maps them (€, œ, ’, “ ”, …, –). */
const WIN_ANSI_EXTRA = new Set([
  0x0152, 0x0153, 0x0160, 0x0161, 0x0178, 0x017d, 0x017e, 0x0192, 0x02c6, 0x02dc, 0x2013, 0x2014,
  0x2018, 0x2019, 0x201a, 0x201c, 0x201d, 0x201e, 0x2020, 0x2021, 0x2022, 0x2026, 0x2030, 0x2039,
  0x203a, 0x20ac, 0x2122,
]);

/**
 * Everything WinAnsi draws: printable ASCII, Latin-1 without the soft hyphen, and the
 * extras. Checked first, because almost every name and product passes as it is.
 */
const PLAIN = new RegExp(
  `^[\\x20-\\x7e\\xa0-\\xac\\xae-\\xff${[...WIN_ANSI_EXTRA].map(toClassEscape).join("")}]*$`,
);

function toClassEscape(code: number): string {
  return `\\u${code.toString(16).padStart(4, "0")}`;
}

/** Look-alikes for characters French text often carries but WinAnsi lacks. */
const SUBSTITUTES: Record<string, string> = {
  "\u202f": "\u00a0", // narrow no-break space: Intl's French thousands separator
  "\u2007": "\u00a0",
  "\u2060": "",
  "\u2010": "-",
  "\u2011": "-",
  "\u2012": "-",
  "\u2212": "-",
  "\u2015": "\u2014",
  "\u2032": "'",
  "\u2033": '"',
  "\u00ad": "",
};

/** Whitespace of any kind, and line or paragraph separators, become one plain space. */
const SPACES = /[\t\n\v\f\r\u0085\u1680\u2000-\u200a\u2028\u2029\u205f\u3000]+/g;

/** Invisible format characters (bidi marks, zero-width, variation selectors, BOM). */
const INVISIBLE = /[\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufe00-\ufe0f\ufeff]/g;

const COMBINING_MARKS = /\p{M}/gu;

const graphemes = new Intl.Segmenter("fr", { granularity: "grapheme" });

/** What prints in place of a character the standard fonts cannot show. */
export const PDF_FALLBACK_CHARACTER = "?";

/**
 * Returns one line of text that the standard PDF fonts can draw. Accented Latin
 * letters, €, œ and typographic quotes are kept; a letter with a mark WinAnsi lacks
 * loses the mark (ő → o); anything else (emoji, other scripts) becomes "?", one per
 * visible character, so "Zoé 🌻" prints "Zoé ?". Runs of whitespace collapse to one space.
 */
export function toPdfSafeText(text: string): string {
  if (PLAIN.test(text)) return text;

  const normalized = text.normalize("NFC").replace(SPACES, " ");
  let safe = "";
  for (const { segment } of graphemes.segment(normalized)) {
    safe += toSafeGrapheme(segment);
  }
  return safe.replace(/ {2,}/g, " ");
}

function toSafeGrapheme(grapheme: string): string {
  if (isDrawable(grapheme)) return grapheme;

  const substituted = [...grapheme].map((char) => SUBSTITUTES[char] ?? char).join("");
  const visible = substituted.replace(INVISIBLE, "");
  if (isDrawable(visible)) return visible;

  // Compatibility decomposition turns "ﬁ" into "fi" and "ő" into "o" plus a mark.
  const stripped = visible.normalize("NFKD").replace(COMBINING_MARKS, "").normalize("NFC");
  if (stripped !== "" && isDrawable(stripped)) return stripped;

  return PDF_FALLBACK_CHARACTER;
}

function isDrawable(text: string): boolean {
  return PLAIN.test(text);
}
