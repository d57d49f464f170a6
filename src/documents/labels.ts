import { drawLine, FONT_BOLD, fitFontSize, MM, renderPdf, wrapText } from "./pdf.ts";
import { toPdfSafeText } from "./pdf-safe-text.ts";

export type LabelTexts = {
  /** PDF title, e.g. "Étiquettes produits". */
  documentTitle: string;
  /** Small word above the crate number, e.g. "Caisse". */
  crateLabel: string;
};

export type Label = {
  crateNumber: number | string;
  crateName: string;
  productName: string;
  quantityText: string;
  producerName: string;
};

/** A sheet of die-cut labels on A4, in millimetres as the box of the sheets says. */
export type LabelGrid = {
  columns: number;
  rows: number;
  labelWidthMm: number;
  labelHeightMm: number;
  /** From the sheet's top edge to the first row. */
  marginTopMm: number;
  /** From the sheet's left edge to the first column. */
  marginLeftMm: number;
  /** Between two columns, and between two rows. */
  gapXMm: number;
  gapYMm: number;
};

/**
 * 3 × 8 labels of 70 × 37 mm edge to edge, the common A4 sheet (Avery 3475 family):
 * 24 labels a sheet, large enough for a crate number readable from a step away.
 * Zero margins, as on those sheets; a printer's unprintable border falls on the
 * label padding, not on the text.
 */
export const DEFAULT_LABEL_GRID: LabelGrid = {
  columns: 3,
  rows: 8,
  labelWidthMm: 70,
  labelHeightMm: 37,
  marginTopMm: 0,
  marginLeftMm: 0,
  gapXMm: 0,
  gapYMm: 0,
};

/** Avery L7160 (3 × 7, 63.5 × 38.1 mm), for drives that already have those sheets. */
export const AVERY_L7160_GRID: LabelGrid = {
  columns: 3,
  rows: 7,
  labelWidthMm: 63.5,
  labelHeightMm: 38.1,
  marginTopMm: 15.15,
  marginLeftMm: 7.25,
  gapXMm: 2.5,
  gapYMm: 0,
};

export type LabelsInput = {
  labels: Label[];
  grid?: LabelGrid;
  texts: LabelTexts;
  /** Draws each label's border, to print on plain paper and cut, or to check alignment. */
  outlines?: boolean;
};

/** One label per product of each crate, filled row by row, a new sheet every grid. */
export function renderLabels(input: LabelsInput): Promise<Buffer> {
  const grid = input.grid ?? DEFAULT_LABEL_GRID;
  assertGridFitsA4(grid);
  const perPage = grid.columns * grid.rows;

  return renderPdf({ title: input.texts.documentTitle, margin: 0 }, (doc) => {
    input.labels.forEach((label, index) => {
      const slot = index % perPage;
      if (index > 0 && slot === 0) doc.addPage();

      const column = slot % grid.columns;
      const row = Math.floor(slot / grid.columns);
      const x = (grid.marginLeftMm + column * (grid.labelWidthMm + grid.gapXMm)) * MM;
      const y = (grid.marginTopMm + row * (grid.labelHeightMm + grid.gapYMm)) * MM;
      drawLabel(doc, label, input.texts, x, y, grid, input.outlines === true);
    });
  });
}

/** A grid that overflows the sheet would silently lose labels; refuse it instead. */
function assertGridFitsA4(grid: LabelGrid): void {
  const { columns, rows } = grid;
  if (!Number.isInteger(columns) || !Number.isInteger(rows) || columns < 1 || rows < 1) {
    throw new RangeError(`A label grid needs whole columns and rows, got ${columns} × ${rows}`);
  }
  const right = grid.marginLeftMm + columns * grid.labelWidthMm + (columns - 1) * grid.gapXMm;
  const bottom = grid.marginTopMm + rows * grid.labelHeightMm + (rows - 1) * grid.gapYMm;
  // A tenth of a millimetre of slack absorbs rounding in the makers' figures.
  if (right > A4_WIDTH_MM + 0.1 || bottom > A4_HEIGHT_MM + 0.1) {
    throw new RangeError(
      `This label grid is ${right.toFixed(1)} × ${bottom.toFixed(1)} mm, larger than A4 ` +
        `(${A4_WIDTH_MM} × ${A4_HEIGHT_MM} mm): check its sizes and margins`,
    );
  }
}

const A4_WIDTH_MM = 210;
const A4_HEIGHT_MM = 297;

/** Sizes below are for a 70 × 37 mm label; other grids scale them. */
const REFERENCE_WIDTH = 70 * MM;
const REFERENCE_HEIGHT = 37 * MM;

function drawLabel(
  doc: PDFKit.PDFDocument,
  label: Label,
  texts: LabelTexts,
  left: number,
  top: number,
  grid: LabelGrid,
  outline: boolean,
): void {
  const width = grid.labelWidthMm * MM;
  const height = grid.labelHeightMm * MM;
  if (outline) {
    doc.save().lineWidth(0.3).strokeColor("#bbbbbb").rect(left, top, width, height).stroke();
    doc.restore();
  }

  const scale = Math.min(width / REFERENCE_WIDTH, height / REFERENCE_HEIGHT);
  const padX = 4 * MM * scale;
  const padY = 3 * MM * scale;
  const x = left + padX;
  const y = top + padY;
  const inner = width - 2 * padX;
  const at = (offset: number) => y + offset * scale;

  // Crate number first and biggest: it is what the packer matches against the crate.
  const numberWidth = 54 * scale;
  const number = toPdfSafeText(String(label.crateNumber));
  const numberSize = fitFontSize(doc, number, FONT_BOLD, numberWidth, 28 * scale, 12 * scale);
  drawLine(doc, texts.crateLabel, x, at(0), { size: 6.5 * scale, width: numberWidth });
  drawLine(doc, number, x, at(8), { font: FONT_BOLD, size: numberSize, width: numberWidth });

  const nameX = x + numberWidth + 4 * scale;
  const nameWidth = inner - numberWidth - 4 * scale;
  const nameSize = 11.5 * scale;
  doc.font(FONT_BOLD).fontSize(nameSize);
  const names = wrapText(doc, toPdfSafeText(label.crateName), nameWidth, 2);
  names.forEach((name, line) => {
    const style = { font: FONT_BOLD, size: nameSize, width: nameWidth };
    drawLine(doc, name, nameX, at(4 + line * 13), style);
  });

  const productSize = 10 * scale;
  doc.font("Helvetica").fontSize(productSize);
  const products = wrapText(doc, toPdfSafeText(label.productName), inner, 2);
  products.forEach((product, line) => {
    drawLine(doc, product, x, at(38 + line * 11.5), { size: productSize, width: inner });
  });

  drawLine(doc, label.quantityText, x, at(64), { font: FONT_BOLD, size: 12 * scale, width: inner });
  const small = { size: 7 * scale, width: inner, color: "#444444" };
  drawLine(doc, label.producerName, x, at(80), small);
}
