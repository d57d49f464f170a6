import { drawLine, FONT_REGULAR } from "./pdf.ts";

export type Align = "left" | "right" | "center";

/** A column as asked for: a fixed width, or none to take what the others leave. */
export type ColumnSpec = { width?: number; align?: Align };

/** A column placed on the page. */
export type Column = { x: number; width: number; align: Align };

/** Places columns from `left` over `width`, `gap` apart; flexible ones share the rest. */
export function layoutColumns(
  left: number,
  width: number,
  specs: readonly ColumnSpec[],
  gap: number,
): Column[] {
  const fixed = specs.reduce((total, spec) => total + (spec.width ?? 0), 0);
  const flexible = specs.filter((spec) => spec.width === undefined).length;
  const free = width - fixed - gap * Math.max(specs.length - 1, 0);
  const share = flexible === 0 ? 0 : Math.max(free / flexible, 0);

  let x = left;
  return specs.map((spec) => {
    const column = { x, width: spec.width ?? share, align: spec.align ?? "left" };
    x += column.width + gap;
    return column;
  });
}

export type CellStyle = { font?: string; size: number; color?: string };

/** Writes one line per cell, each cut to its column; an undefined cell stays empty. */
export function drawCells(
  doc: PDFKit.PDFDocument,
  columns: readonly Column[],
  cells: readonly (string | undefined)[],
  y: number,
  style: CellStyle,
): void {
  columns.forEach((column, index) => {
    const cell = cells[index];
    if (cell === undefined || cell === "") return;
    drawLine(doc, cell, column.x, y, {
      font: style.font ?? FONT_REGULAR,
      size: style.size,
      color: style.color ?? "black",
      width: column.width,
      align: column.align,
    });
  });
}
