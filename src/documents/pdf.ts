import PDFDocument from "pdfkit";

import { toPdfSafeText } from "./pdf-safe-text.ts";

/** The two faces every document uses: the standard Helvetica, so no font file ships. */
export const FONT_REGULAR = "Helvetica";
export const FONT_BOLD = "Helvetica-Bold";

/** 1 mm in PDF points (1/72 inch). */
export const MM = 72 / 25.4;

/** A4 portrait in points. */
export const A4_WIDTH = 595.28;
export const A4_HEIGHT = 841.89;

export type PdfOptions = {
  title: string;
  /** Margin on every side, in points; 15 mm suits office printers. */
  margin?: number;
  /** Keep pages in memory so a footer ("page 2 / 5") can be written at the end. */
  bufferPages?: boolean;
};

/**
 * Creates an A4 document, lets `draw` fill it, and resolves with the whole file.
 * Listeners are attached before drawing starts, so no chunk is ever missed.
 */
export function renderPdf(
  options: PdfOptions,
  draw: (doc: PDFKit.PDFDocument) => void,
): Promise<Buffer> {
  const doc = new PDFDocument({
    size: "A4",
    margin: options.margin ?? 15 * MM,
    bufferPages: options.bufferPages ?? false,
    // Creator and title help whoever finds the file in a download folder.
    info: { Title: toPdfSafeText(options.title), Creator: "drive-fermier" },
    displayTitle: true,
    lang: "fr-FR",
  });

  return new Promise<Buffer>((resolve, reject) => {
    const chunks: Buffer[] = [];
    doc.on("data", (chunk: Buffer) => chunks.push(chunk));
    doc.on("end", () => resolve(Buffer.concat(chunks)));
    doc.on("error", reject);
    try {
      doc.font(FONT_REGULAR);
      draw(doc);
      doc.end();
    } catch (error) {
      reject(error);
    }
  });
}

export type LineStyle = {
  font?: string;
  size: number;
  /** Text is cut with an ellipsis past this width. */
  width: number;
  align?: "left" | "right" | "center";
  color?: string;
};

/**
 * Writes one line of user text at (x, y), its top edge at y. It never wraps and never
 * adds a page, so layouts computed beforehand stay true.
 */
export function drawLine(
  doc: PDFKit.PDFDocument,
  text: string,
  x: number,
  y: number,
  style: LineStyle,
): void {
  doc.font(style.font ?? FONT_REGULAR).fontSize(style.size);
  const line = ellipsize(doc, toPdfSafeText(text), style.width);
  if (line === "") return;

  const offset = alignOffset(doc.widthOfString(line), style.width, style.align);
  doc.fillColor(style.color ?? "black");
  doc.text(line, x + offset, y, { lineBreak: false });
}

function alignOffset(lineWidth: number, width: number, align: LineStyle["align"]): number {
  if (align === "right") return width - lineWidth;
  if (align === "center") return (width - lineWidth) / 2;
  return 0;
}

const ELLIPSIS = "…";

/** Shortens `text` with "…" so it fits `width` in the current font and size. */
export function ellipsize(doc: PDFKit.PDFDocument, text: string, width: number): string {
  if (doc.widthOfString(text) <= width) return text;

  // Binary search on the kept length: the widest prefix that fits with the ellipsis.
  let low = 0;
  let high = text.length;
  while (low < high) {
    const middle = Math.ceil((low + high) / 2);
    const candidate = text.slice(0, middle).trimEnd() + ELLIPSIS;
    if (doc.widthOfString(candidate) <= width) low = middle;
    else high = middle - 1;
  }
  const kept = text.slice(0, low).trimEnd();
  return kept === "" ? (doc.widthOfString(ELLIPSIS) <= width ? ELLIPSIS : "") : kept + ELLIPSIS;
}

/**
 * Splits user text into lines of at most `width` in the current font and size, breaking
 * between words, and inside a word only when it alone is too wide. Past `maxLines`,
 * the last line ends with "…". Input should already be safe (see toPdfSafeText).
 */
export function wrapText(
  doc: PDFKit.PDFDocument,
  text: string,
  width: number,
  maxLines = Number.POSITIVE_INFINITY,
): string[] {
  const lines: string[] = [];
  const spaceWidth = doc.widthOfString(" ");
  let current = "";
  let currentWidth = 0;
  for (const word of text.split(" ").filter((part) => part !== "")) {
    const wordWidth = doc.widthOfString(word);
    const joined = current === "" ? word : `${current} ${word}`;
    // Summing widths skips pdfkit's slow kerning walk over the whole line; only a
    // line within a point of the limit is measured exactly.
    const estimate = current === "" ? wordWidth : currentWidth + spaceWidth + wordWidth;
    const joinedWidth = Math.abs(estimate - width) <= 1 ? doc.widthOfString(joined) : estimate;
    if (joinedWidth <= width) {
      current = joined;
      currentWidth = joinedWidth;
      continue;
    }
    if (current !== "") lines.push(current);
    current = word;
    while (doc.widthOfString(current) > width && current.length > 1) {
      const cut = longestFittingPrefix(doc, current, width);
      lines.push(current.slice(0, cut));
      current = current.slice(cut);
    }
    currentWidth = doc.widthOfString(current);
  }
  if (current !== "") lines.push(current);
  if (lines.length <= maxLines) return lines;

  const kept = lines.slice(0, Math.max(maxLines - 1, 0));
  const rest = lines.slice(kept.length).join(" ");
  return [...kept, ellipsize(doc, `${rest} ${ELLIPSIS}`, width)];
}

function longestFittingPrefix(doc: PDFKit.PDFDocument, word: string, width: number): number {
  let cut = 1;
  while (cut < word.length && doc.widthOfString(word.slice(0, cut + 1)) <= width) cut += 1;
  return cut;
}

/** The largest size between `min` and `max` at which `text` fits `width` in `font`. */
export function fitFontSize(
  doc: PDFKit.PDFDocument,
  text: string,
  font: string,
  width: number,
  max: number,
  min: number,
): number {
  doc.font(font).fontSize(1000);
  const widthAt1000 = doc.widthOfString(text);
  if (widthAt1000 === 0) return max;
  // Rounded down to a tenth of a point, so rounding never makes the text overflow.
  const fitting = Math.floor((width * 10_000) / widthAt1000) / 10;
  return Math.max(min, Math.min(max, fitting));
}

/** An empty square to tick by hand; drawn, because no standard font has a ☐ glyph. */
export function drawCheckbox(doc: PDFKit.PDFDocument, x: number, y: number, size: number): void {
  doc.save().lineWidth(0.8).strokeColor("black").rect(x, y, size, size).stroke().restore();
}

/** A thin horizontal rule, for table rows and separators. */
export function drawRule(
  doc: PDFKit.PDFDocument,
  x: number,
  y: number,
  width: number,
  color = "#999999",
): void {
  doc
    .save()
    .lineWidth(0.5)
    .strokeColor(color)
    .moveTo(x, y)
    .lineTo(x + width, y)
    .stroke()
    .restore();
}
