import type { Block } from "./pdf-flow.ts";
import { drawCheckbox, drawLine, drawRule, FONT_BOLD, wrapText } from "./pdf.ts";
import { toPdfSafeText } from "./pdf-safe-text.ts";

import type { CrateTicket, CrateTicketTexts } from "./crate-tickets.ts";

/** Horizontal frame of a ticket: its left edge and its width, in points. */
export type TicketColumns = { left: number; width: number };

const CHECKBOX = 7.5;
const QUANTITY_WIDTH = 80;
const AMOUNT_WIDTH = 64;
const GAP = 8;
const LINE_SIZE = 9.5;
const LINE_HEIGHT = 11.5;
const GREY = "#555555";

/**
 * The measured rows of a ticket below its header: column titles, then per producer a
 * heading with its subtotal and one row per product (a box the packer ticks), then
 * the total and the notes the customer must read (membership, credit, adjustment).
 */
export function buildTicketBody(
  doc: PDFKit.PDFDocument,
  ticket: CrateTicket,
  texts: CrateTicketTexts,
  frame: TicketColumns,
): Block[] {
  const x = columnsOf(frame);
  const columnTitles = columnTitlesBlock(doc, texts, x);
  const blocks: Block[] = [{ ...columnTitles, keepWithNext: true }];

  for (const group of ticket.groups) {
    const heading = groupBlock(doc, group.producerName, group.subtotalText, x);
    const continued = groupBlock(doc, `${group.producerName} ${texts.continued}`, "", x);
    blocks.push({ ...heading, keepWithNext: true });
    for (const line of group.lines) {
      doc.font("Helvetica").fontSize(LINE_SIZE);
      const names = wrapText(doc, toPdfSafeText(line.productName), x.productWidth, 2);
      blocks.push({
        height: names.length * LINE_HEIGHT + 3,
        continuation: [columnTitles, continued],
        draw: (y) => {
          drawCheckbox(doc, x.checkbox, y + 1, CHECKBOX);
          names.forEach((name, index) => {
            const lineY = y + index * LINE_HEIGHT;
            drawLine(doc, name, x.product, lineY, { size: LINE_SIZE, width: x.productWidth });
          });
          const style = { size: LINE_SIZE, align: "right" as const };
          drawLine(doc, line.quantityText, x.quantity, y, { ...style, width: QUANTITY_WIDTH });
          drawLine(doc, line.amountText, x.amount, y, { ...style, width: AMOUNT_WIDTH });
        },
      });
    }
  }

  // The total never starts a page alone: the last product row goes along with it.
  const last = blocks[blocks.length - 1];
  if (last !== undefined && blocks.length > 1) last.keepWithNext = true;
  blocks.push(totalBlock(doc, ticket, texts, frame));
  return blocks;
}

type Columns = ReturnType<typeof columnsOf>;

function columnsOf(frame: TicketColumns) {
  const amount = frame.left + frame.width - AMOUNT_WIDTH;
  const quantity = amount - GAP - QUANTITY_WIDTH;
  const product = frame.left + CHECKBOX + GAP;
  return {
    checkbox: frame.left,
    product,
    productWidth: quantity - GAP - product,
    quantity,
    amount,
    left: frame.left,
    width: frame.width,
  };
}

function columnTitlesBlock(doc: PDFKit.PDFDocument, texts: CrateTicketTexts, x: Columns): Block {
  return {
    height: 15,
    draw: (y) => {
      const style = { size: 7.5, color: GREY };
      drawLine(doc, texts.productColumn, x.product, y, { ...style, width: x.productWidth });
      const right = { ...style, align: "right" as const };
      drawLine(doc, texts.quantityColumn, x.quantity, y, { ...right, width: QUANTITY_WIDTH });
      drawLine(doc, texts.amountColumn, x.amount, y, { ...right, width: AMOUNT_WIDTH });
      drawRule(doc, x.left, y + 11, x.width);
    },
  };
}

function groupBlock(doc: PDFKit.PDFDocument, name: string, subtotal: string, x: Columns): Block {
  return {
    height: 18,
    draw: (y) => {
      const style = { font: FONT_BOLD, size: 10 };
      drawLine(doc, name, x.left, y + 5, { ...style, width: x.amount - GAP - x.left });
      const right = { ...style, size: 9.5, align: "right" as const, width: AMOUNT_WIDTH };
      drawLine(doc, subtotal, x.amount, y + 5.5, right);
    },
  };
}

const NOTE_SIZE = 10;
const NOTE_HEIGHT = 14;
const FEE_HEIGHT = 22;

function totalBlock(
  doc: PDFKit.PDFDocument,
  ticket: CrateTicket,
  texts: CrateTicketTexts,
  frame: TicketColumns,
): Block {
  const notes = [ticket.creditText, ticket.adjustmentText].filter(isPresent);
  const fee = ticket.membershipFeeText;
  const feeHeight = isPresent(fee) ? FEE_HEIGHT + 4 : 0;
  const { left, width } = frame;

  return {
    height: 30 + notes.length * NOTE_HEIGHT + feeHeight,
    draw: (y) => {
      drawRule(doc, left, y + 4, width, "black");
      const bold = { font: FONT_BOLD, width: width / 2 };
      drawLine(doc, texts.totalLabel, left, y + 11, { ...bold, size: 12 });
      drawLine(doc, ticket.totalText, left + width / 2, y + 9, {
        ...bold,
        size: 15,
        align: "right",
      });

      let noteY = y + 30;
      for (const note of notes) {
        drawLine(doc, note, left, noteY, { size: NOTE_SIZE, width });
        noteY += NOTE_HEIGHT;
      }
      if (!isPresent(fee)) return;

      // The fee is money to collect at the counter: boxed so the volunteer sees it.
      doc
        .save()
        .lineWidth(1.2)
        .rect(left, noteY + 2, width, FEE_HEIGHT)
        .stroke()
        .restore();
      drawLine(doc, fee, left + 8, noteY + 8, { font: FONT_BOLD, size: 11, width: width - 16 });
    },
  };
}

function isPresent(text: string | undefined): text is string {
  return text !== undefined && text.trim() !== "";
}
