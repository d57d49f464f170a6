import type { Block } from "./pdf-flow.ts";
import { flowBlocks } from "./pdf-flow.ts";
import type { PageFrame } from "./pdf-page.ts";
import { drawPageNumbers, drawRunningHeader, pageFrameOf } from "./pdf-page.ts";
import type { Column } from "./pdf-table.ts";
import { drawCells, layoutColumns } from "./pdf-table.ts";
import { drawCheckbox, drawLine, drawRule, FONT_BOLD, renderPdf, wrapText } from "./pdf.ts";
import { toPdfSafeText } from "./pdf-safe-text.ts";

export type ReceiptChecklistTexts = {
  /** PDF title and page heading, e.g. "Réception des produits". */
  title: string;
  productColumn: string;
  /** e.g. "Attendu". */
  expectedColumn: string;
  /** e.g. "Clients". */
  customersColumn: string;
  /** e.g. "Reçu". */
  receivedColumn: string;
  /** e.g. "Abîmé". */
  damagedColumn: string;
  /** e.g. "Remarque". */
  remarkColumn: string;
  /** Before a blank to write the producer's arrival time, e.g. "Arrivé à :". */
  arrivalTime: string;
  /** After a producer's name continued from the previous page, e.g. "(suite)". */
  continued: string;
  /** Before the page number, e.g. "Page". */
  page: string;
};

export type ReceiptChecklistLine = { productName: string; quantityText: string; customers: number };

export type ReceiptChecklistProducer = { producerName: string; lines: ReceiptChecklistLine[] };

export type ReceiptChecklistInput = {
  driveName: string;
  sessionLabel: string;
  producers: ReceiptChecklistProducer[];
  texts: ReceiptChecklistTexts;
};

const ROW_SIZE = 9;
const ROW_LINE = 10.5;
const MIN_ROW = 22;
const GREY = "#999999";

/**
 * What each producer should bring on Wednesday morning, to tick as it arrives: a box
 * per product, the expected quantity, and blanks for what was received, what arrived
 * damaged and a remark, so missing and damaged goods are written down at once.
 */
export function renderReceiptChecklist(input: ReceiptChecklistInput): Promise<Buffer> {
  const { texts } = input;
  return renderPdf({ title: texts.title, bufferPages: true }, (doc) => {
    const frame = pageFrameOf(doc);
    const header = { title: texts.title, subtitle: input.driveName, aside: input.sessionLabel };
    const columns = layoutColumns(frame.left, frame.width, COLUMN_SPECS, 6);

    const blocks = input.producers.flatMap((producer) =>
      producerBlocks(doc, producer, texts, frame, columns),
    );
    flowBlocks(blocks, {
      startY: drawRunningHeader(doc, frame, header),
      bottom: frame.bottom,
      addPage: () => {
        doc.addPage();
        return drawRunningHeader(doc, frame, header);
      },
    });
    drawPageNumbers(doc, frame, texts.page);
  });
}

/** Box, product, expected, customers, received, damaged, remark. */
const COLUMN_SPECS = [
  { width: 12 },
  {},
  { width: 64, align: "right" as const },
  { width: 40, align: "right" as const },
  { width: 52 },
  { width: 52 },
  { width: 100 },
];

function producerBlocks(
  doc: PDFKit.PDFDocument,
  producer: ReceiptChecklistProducer,
  texts: ReceiptChecklistTexts,
  frame: PageFrame,
  columns: Column[],
): Block[] {
  const titles = titlesBlock(doc, texts, columns, frame);
  const heading = headingBlock(doc, producer.producerName, texts, frame);
  const continued = headingBlock(doc, `${producer.producerName} ${texts.continued}`, texts, frame);
  const product = columns[1] ?? { x: frame.left, width: frame.width, align: "left" };

  const rows = producer.lines.map((line): Block => {
    doc.font("Helvetica").fontSize(ROW_SIZE);
    const names = wrapText(doc, toPdfSafeText(line.productName), product.width, 2);
    const height = Math.max(MIN_ROW, names.length * ROW_LINE + 8);
    return {
      height,
      continuation: [continued, titles],
      draw: (y) => {
        const textY = y + (height - names.length * ROW_LINE) / 2;
        drawCheckbox(doc, frame.left, y + height / 2 - 5, 10);
        names.forEach((name, index) => {
          const style = { size: ROW_SIZE, width: product.width };
          drawLine(doc, name, product.x, textY + index * ROW_LINE, style);
        });
        const middle = y + height / 2 - 4;
        const cells = [undefined, undefined, line.quantityText, String(line.customers)];
        drawCells(doc, columns, cells, middle, { size: ROW_SIZE });
        drawWritingCells(doc, columns.slice(4), y, height);
        drawRule(doc, frame.left, y + height, frame.width, "#cccccc");
      },
    };
  });

  const spacer: Block = { height: 12, draw: () => undefined };
  return [{ ...heading, keepWithNext: true }, { ...titles, keepWithNext: true }, ...rows, spacer];
}

/** Received, damaged and remark are filled by hand: light boxes show where. */
function drawWritingCells(
  doc: PDFKit.PDFDocument,
  columns: Column[],
  y: number,
  height: number,
): void {
  doc.save().lineWidth(0.4).strokeColor(GREY);
  for (const column of columns) doc.rect(column.x, y + 3, column.width, height - 6).stroke();
  doc.restore();
}

function headingBlock(
  doc: PDFKit.PDFDocument,
  name: string,
  texts: ReceiptChecklistTexts,
  frame: PageFrame,
): Block {
  const arrivalWidth = 150;
  return {
    height: 24,
    draw: (y) => {
      const nameWidth = frame.width - arrivalWidth - 12;
      drawLine(doc, name, frame.left, y + 8, { font: FONT_BOLD, size: 12, width: nameWidth });
      const arrivalX = frame.left + frame.width - arrivalWidth;
      drawLine(doc, texts.arrivalTime, arrivalX, y + 10, { size: 9, width: 60 });
      drawRule(doc, arrivalX + 52, y + 19, arrivalWidth - 52, GREY);
    },
  };
}

function titlesBlock(
  doc: PDFKit.PDFDocument,
  texts: ReceiptChecklistTexts,
  columns: Column[],
  frame: PageFrame,
): Block {
  const titles = [
    undefined,
    texts.productColumn,
    texts.expectedColumn,
    texts.customersColumn,
    texts.receivedColumn,
    texts.damagedColumn,
    texts.remarkColumn,
  ];
  return {
    height: 16,
    draw: (y) => {
      drawCells(doc, columns, titles, y + 3, { size: 7.5, color: "#444444" });
      drawRule(doc, frame.left, y + 14, frame.width, "black");
    },
  };
}
