import { buildTicketBody } from "./crate-ticket-body.ts";
import { drawBlocks, flowBlocks, sumHeights } from "./pdf-flow.ts";
import { A4_HEIGHT, A4_WIDTH, drawLine, FONT_BOLD, fitFontSize, MM, renderPdf } from "./pdf.ts";
import { toPdfSafeText } from "./pdf-safe-text.ts";

export type CrateTicketTexts = {
  /** PDF title, e.g. "Tickets de caisse". */
  documentTitle: string;
  /** Above the crate number, e.g. "Caisse". */
  crateLabel: string;
  /** Above the order code, e.g. "Commande". */
  orderCodeLabel: string;
  productColumn: string;
  quantityColumn: string;
  amountColumn: string;
  /** e.g. "Total à payer". */
  totalLabel: string;
  /** Marks a ticket or a producer continued from the previous page, e.g. "(suite)". */
  continued: string;
  /** Foot of a page whose ticket goes on, e.g. "Suite sur la page suivante". */
  continuedOnNextPage: string;
};

export type CrateTicketLine = { productName: string; quantityText: string; amountText: string };

export type CrateTicketGroup = {
  producerName: string;
  lines: CrateTicketLine[];
  subtotalText: string;
};

export type CrateTicket = {
  crateNumber: number | string;
  orderCode: string;
  /** The name written on the crate, usually the customer's. */
  crateName: string;
  groups: CrateTicketGroup[];
  totalText: string;
  /** Present on a first pickup, e.g. "Adhésion à régler : 5,00 € minimum". */
  membershipFeeText?: string;
  creditText?: string;
  adjustmentText?: string;
};

export type CrateTicketsInput = {
  driveName: string;
  sessionLabel: string;
  pickupText: string;
  tickets: CrateTicket[];
  texts: CrateTicketTexts;
};

const SIDE = 12 * MM;
const PAD_TOP = 9 * MM;
const PAD_BOTTOM = 8 * MM;
const WIDTH = A4_WIDTH - 2 * SIDE;
const HALF = A4_HEIGHT / 2;
const HEADER_HEIGHT = 72;

/**
 * One ticket per order, to put in its crate. Two tickets share a page, cut along the
 * dashed line, when each fits half a page; a longer one starts a page of its own and
 * goes on over the next pages, its header repeated so a loose sheet finds its crate.
 */
export function renderCrateTickets(input: CrateTicketsInput): Promise<Buffer> {
  return renderPdf({ title: input.texts.documentTitle }, (doc) => {
    let freeHalf: 0 | 1 | null = 0;
    const frame = { left: SIDE, width: WIDTH };

    for (const ticket of input.tickets) {
      const body = buildTicketBody(doc, ticket, input.texts, frame);
      const fitsHalf = HEADER_HEIGHT + sumHeights(body) <= HALF - PAD_TOP - PAD_BOTTOM;

      if (fitsHalf) {
        if (freeHalf === null) doc.addPage();
        const half: 0 | 1 = freeHalf ?? 0;
        if (half === 1) drawCutLine(doc);
        const top = half * HALF + PAD_TOP;
        drawHeader(doc, input, ticket, top, false);
        drawBlocks(body, top + HEADER_HEIGHT);
        freeHalf = half === 0 ? 1 : null;
        continue;
      }

      if (freeHalf !== 0) doc.addPage();
      drawHeader(doc, input, ticket, PAD_TOP, false);
      flowBlocks(body, {
        startY: PAD_TOP + HEADER_HEIGHT,
        bottom: A4_HEIGHT - PAD_BOTTOM - 14,
        addPage: () => {
          drawLine(doc, input.texts.continuedOnNextPage, SIDE, A4_HEIGHT - PAD_BOTTOM - 8, {
            size: 8,
            width: WIDTH,
            align: "right",
          });
          doc.addPage();
          drawHeader(doc, input, ticket, PAD_TOP, true);
          return PAD_TOP + HEADER_HEIGHT;
        },
      });
      freeHalf = null;
    }
  });
}

const NUMBER_BOX = 92;
const CODE_BOX = 112;

/** Crate number and order code big enough to read at arm's length, then the name. */
function drawHeader(
  doc: PDFKit.PDFDocument,
  input: CrateTicketsInput,
  ticket: CrateTicket,
  top: number,
  isContinued: boolean,
): void {
  const { texts } = input;
  const number = toPdfSafeText(String(ticket.crateNumber));
  doc.save().lineWidth(1.5).roundedRect(SIDE, top, NUMBER_BOX, 60, 4).stroke().restore();
  drawLine(doc, texts.crateLabel, SIDE, top + 6, { size: 8, width: NUMBER_BOX, align: "center" });
  const numberSize = fitFontSize(doc, number, FONT_BOLD, NUMBER_BOX - 12, 36, 14);
  drawLine(doc, number, SIDE, top + 17 + (36 - numberSize) / 2, {
    font: FONT_BOLD,
    size: numberSize,
    width: NUMBER_BOX,
    align: "center",
  });

  const codeX = SIDE + WIDTH - CODE_BOX;
  const code = toPdfSafeText(ticket.orderCode);
  drawLine(doc, texts.orderCodeLabel, codeX, top + 6, { size: 8, width: CODE_BOX, align: "right" });
  const codeSize = fitFontSize(doc, code, FONT_BOLD, CODE_BOX, 22, 10);
  drawLine(doc, code, codeX, top + 20, {
    font: FONT_BOLD,
    size: codeSize,
    width: CODE_BOX,
    align: "right",
  });

  const nameX = SIDE + NUMBER_BOX + 12;
  const nameWidth = codeX - 12 - nameX;
  const name = toPdfSafeText(ticket.crateName);
  const nameSize = fitFontSize(doc, name, FONT_BOLD, nameWidth, 18, 12);
  drawLine(doc, name, nameX, top + 2, { font: FONT_BOLD, size: nameSize, width: nameWidth });
  const small = { size: 9, width: nameWidth, color: "#333333" };
  drawLine(doc, `${input.driveName} · ${input.sessionLabel}`, nameX, top + 26, small);
  drawLine(doc, input.pickupText, nameX, top + 38, small);
  if (isContinued) {
    drawLine(doc, texts.continued, nameX, top + 50, { ...small, font: FONT_BOLD });
  }
}

/** Where to cut a sheet holding two tickets. */
function drawCutLine(doc: PDFKit.PDFDocument): void {
  doc.save().lineWidth(0.5).strokeColor("#888888").dash(4, { space: 4 });
  doc
    .moveTo(SIDE / 2, HALF)
    .lineTo(A4_WIDTH - SIDE / 2, HALF)
    .stroke();
  doc.undash().restore();
}
