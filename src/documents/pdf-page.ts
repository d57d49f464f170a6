import { drawLine, drawRule, FONT_BOLD } from "./pdf.ts";

/** The page frame of list-like documents (checklist, pick list), in points. */
export type PageFrame = { left: number; width: number; top: number; bottom: number };

/** The frame inside the margins that renderPdf gave the document. */
export function pageFrameOf(doc: PDFKit.PDFDocument): PageFrame {
  const { margins, width, height } = doc.page;
  return {
    left: margins.left,
    width: width - margins.left - margins.right,
    top: margins.top,
    bottom: height - margins.bottom,
  };
}

export type RunningHeader = { title: string; subtitle: string; aside: string };

export const RUNNING_HEADER_HEIGHT = 34;

/** Repeated on every page so a loose sheet still says what it is and for which week. */
export function drawRunningHeader(
  doc: PDFKit.PDFDocument,
  frame: PageFrame,
  header: RunningHeader,
): number {
  const half = frame.width / 2;
  drawLine(doc, header.title, frame.left, frame.top, { font: FONT_BOLD, size: 14, width: half });
  drawLine(doc, header.aside, frame.left + half, frame.top + 2, {
    font: FONT_BOLD,
    size: 11,
    width: half,
    align: "right",
  });
  drawLine(doc, header.subtitle, frame.left, frame.top + 18, {
    size: 9,
    width: frame.width,
    color: "#333333",
  });
  drawRule(doc, frame.left, frame.top + 30, frame.width, "black");
  return frame.top + RUNNING_HEADER_HEIGHT;
}

/**
 * Writes "Page 2 / 5" at the foot of every page. Needs a document made with
 * `bufferPages`, since the count is only known once everything is drawn.
 */
export function drawPageNumbers(doc: PDFKit.PDFDocument, frame: PageFrame, word: string): void {
  const range = doc.bufferedPageRange();
  for (let index = range.start; index < range.start + range.count; index += 1) {
    doc.switchToPage(index);
    const text = `${word} ${index + 1 - range.start} / ${range.count}`;
    drawLine(doc, text, frame.left, frame.bottom + 10, {
      size: 8,
      width: frame.width,
      align: "right",
      color: "#555555",
    });
  }
}
