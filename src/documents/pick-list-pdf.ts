import type { Block } from "./pdf-flow.ts";
import { flowBlocks } from "./pdf-flow.ts";
import type { PageFrame } from "./pdf-page.ts";
import { drawPageNumbers, drawRunningHeader, pageFrameOf } from "./pdf-page.ts";
import type { Column } from "./pdf-table.ts";
import { drawCells, layoutColumns } from "./pdf-table.ts";
import { drawLine, drawRule, FONT_BOLD, FONT_REGULAR, renderPdf, wrapText } from "./pdf.ts";
import { toPdfSafeText } from "./pdf-safe-text.ts";

export type PickListTexts = {
  /** PDF title and page heading, e.g. "Bon de préparation". */
  title: string;
  productColumn: string;
  quantityColumn: string;
  /** e.g. "Clients". */
  customersColumn: string;
  amountColumn: string;
  /** e.g. "Total". */
  totalLabel: string;
  /** Heading of the per-order detail, e.g. "Détail par commande". */
  byCustomerTitle: string;
  /** After a heading continued from the previous page, e.g. "(suite)". */
  continued: string;
  /** Before the page number, e.g. "Page". */
  page: string;
};

export type PickListRow = {
  productName: string;
  quantityText: string;
  customers: number;
  amountText: string;
};

export type PickListCustomer = {
  orderCode: string;
  crateName: string;
  lines: { productName: string; quantityText: string }[];
};

export type PickListPdfInput = {
  producerName: string;
  sessionLabel: string;
  /** When and where to deliver, e.g. "À déposer mercredi 12 mars avant 8 h 30". */
  deliveryText: string;
  rows: PickListRow[];
  totalText: string;
  byCustomer: PickListCustomer[];
  texts: PickListTexts;
};

const SIZE = 10;
const LINE = 12;

/**
 * A producer's pick list: what to harvest and bring in total, then the same goods
 * order by order, for producers who prefer to bag per customer.
 */
export function renderPickListPdf(input: PickListPdfInput): Promise<Buffer> {
  const { texts } = input;
  const title = `${texts.title} · ${input.producerName}`;
  return renderPdf({ title, bufferPages: true }, (doc) => {
    const frame = pageFrameOf(doc);
    const header = { title: texts.title, subtitle: input.deliveryText, aside: input.sessionLabel };
    const columns = layoutColumns(frame.left, frame.width, COLUMN_SPECS, 8);

    const blocks = [
      producerBlock(doc, input.producerName, frame),
      ...totalsBlocks(doc, input, columns, frame),
      ...customerBlocks(doc, input, frame),
    ];
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

/** Product, quantity, customers, amount. */
const COLUMN_SPECS = [
  {},
  { width: 90, align: "right" as const },
  { width: 50, align: "right" as const },
  { width: 80, align: "right" as const },
];

function producerBlock(doc: PDFKit.PDFDocument, name: string, frame: PageFrame): Block {
  return {
    height: 30,
    keepWithNext: true,
    draw: (y) => {
      drawLine(doc, name, frame.left, y + 6, { font: FONT_BOLD, size: 16, width: frame.width });
    },
  };
}

function totalsBlocks(
  doc: PDFKit.PDFDocument,
  input: PickListPdfInput,
  columns: Column[],
  frame: PageFrame,
): Block[] {
  const { texts } = input;
  const titles: Block = {
    height: 18,
    keepWithNext: true,
    draw: (y) => {
      const cells = [texts.productColumn, texts.quantityColumn, texts.customersColumn];
      const style = { size: 8, color: "#444444" };
      drawCells(doc, columns, [...cells, texts.amountColumn], y + 4, style);
      drawRule(doc, frame.left, y + 15, frame.width, "black");
    },
  };
  const product = columns[0] ?? { x: frame.left, width: frame.width, align: "left" };

  const rows = input.rows.map((row): Block => {
    doc.font(FONT_REGULAR).fontSize(SIZE);
    const names = wrapText(doc, toPdfSafeText(row.productName), product.width, 2);
    const height = names.length * LINE + 7;
    return {
      height,
      continuation: [titles],
      draw: (y) => {
        names.forEach((name, index) => {
          drawCells(doc, [product], [name], y + 4 + index * LINE, { size: SIZE });
        });
        const cells = [undefined, row.quantityText, String(row.customers), row.amountText];
        drawCells(doc, columns, cells, y + 4, { size: SIZE, font: FONT_BOLD });
        drawRule(doc, frame.left, y + height, frame.width, "#cccccc");
      },
    };
  });
  const last = rows[rows.length - 1];
  if (last !== undefined) last.keepWithNext = true;

  const total: Block = {
    height: 34,
    draw: (y) => {
      drawRule(doc, frame.left, y + 2, frame.width, "black");
      const cells = [texts.totalLabel, undefined, undefined, input.totalText];
      drawCells(doc, columns, cells, y + 8, { size: 12, font: FONT_BOLD });
    },
  };
  return [titles, ...rows, total];
}

function customerBlocks(doc: PDFKit.PDFDocument, input: PickListPdfInput, frame: PageFrame) {
  if (input.byCustomer.length === 0) return [];
  const { texts } = input;
  const quantityWidth = 90;
  const nameWidth = frame.width - quantityWidth - 20;
  const title: Block = {
    height: 30,
    keepWithNext: true,
    draw: (y) => {
      drawLine(doc, texts.byCustomerTitle, frame.left, y + 12, {
        font: FONT_BOLD,
        size: 13,
        width: frame.width,
      });
    },
  };

  const blocks: Block[] = [title];
  for (const customer of input.byCustomer) {
    const name = `${customer.orderCode} · ${customer.crateName}`;
    const heading = customerHeading(doc, name, frame);
    const continued = customerHeading(doc, `${name} ${texts.continued}`, frame);
    blocks.push({ ...heading, keepWithNext: customer.lines.length > 0 });
    for (const line of customer.lines) {
      blocks.push({
        height: LINE + 3,
        continuation: [continued],
        draw: (y) => {
          const textY = y + 3;
          drawLine(doc, line.productName, frame.left + 12, textY, { size: SIZE, width: nameWidth });
          drawLine(doc, line.quantityText, frame.left + frame.width - quantityWidth, textY, {
            size: SIZE,
            width: quantityWidth,
            align: "right",
          });
        },
      });
    }
  }
  return blocks;
}

function customerHeading(doc: PDFKit.PDFDocument, name: string, frame: PageFrame): Block {
  return {
    height: 22,
    draw: (y) => {
      drawLine(doc, name, frame.left, y + 8, { font: FONT_BOLD, size: 10.5, width: frame.width });
      drawRule(doc, frame.left, y + 20, frame.width, "#cccccc");
    },
  };
}
