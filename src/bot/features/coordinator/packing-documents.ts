import { renderCrateTickets, type CrateTicket } from "../../../documents/crate-tickets.ts";
import { renderLabels } from "../../../documents/labels.ts";
import { renderReceiptChecklist } from "../../../documents/receipt-checklist.ts";
import { formatPickupWindow } from "../../../domain/calendar.ts";
import { formatEuros } from "../../../domain/money.ts";
import { netTotalOf } from "../../../domain/order-balance.ts";
import { formatQuantity } from "../../../domain/quantity.ts";
import type { Language } from "../../../domain/values.ts";
import type { Drive } from "../../../db/drive.ts";
import type { PackingLine, PackingOrder, ReceiptLine } from "../../../db/packing.ts";
import type { Session } from "../../../db/sessions.ts";
import type { Texts } from "../../i18n.ts";
import { formatDay } from "./pickup-dates.ts";

export type DocumentScope = { drive: Drive; session: Session; t: Texts; lang: Language };

export type PackingDocument = "tickets" | "labels" | "checklist";
export const packingDocuments: PackingDocument[] = ["tickets", "labels", "checklist"];

function headerOf({ drive, session, t, lang }: DocumentScope) {
  const day = formatDay(session.pickupStartsAt, drive.timezone, lang);
  const window = formatPickupWindow(
    session.pickupStartsAt,
    session.pickupEndsAt,
    drive.timezone,
    lang,
  );
  return {
    driveName: drive.name,
    sessionLabel: t.packing.sessionLabel(day),
    pickupText: t.packing.pickupText(window),
  };
}

export function crateLabelOf(order: { crateNumber: number | null; code: string }): string {
  return order.crateNumber === null ? order.code : String(order.crateNumber);
}

function quantityOf(line: Pick<PackingLine, "unit" | "stepSize">, steps: number, lang: Language) {
  return formatQuantity(steps, { unit: line.unit, stepSize: line.stepSize }, lang);
}

/** Lines of an order grouped by farm, in the order they were stored. */
export function groupByProducer(
  lines: PackingLine[],
): { producerName: string; lines: PackingLine[] }[] {
  const groups = new Map<number, { producerName: string; lines: PackingLine[] }>();
  for (const line of lines) {
    const group = groups.get(line.producerId) ?? { producerName: line.producerName, lines: [] };
    group.lines.push(line);
    groups.set(line.producerId, group);
  }
  return [...groups.values()];
}

function ticketOf(order: PackingOrder, scope: DocumentScope): CrateTicket {
  const { t, lang, drive } = scope;
  const euros = (cents: number) => formatEuros(cents, lang);
  const ticket: CrateTicket = {
    crateNumber: crateLabelOf(order),
    orderCode: order.code,
    crateName: order.member.crateName || order.member.firstName,
    groups: groupByProducer(order.lines).map((group) => ({
      producerName: group.producerName,
      subtotalText: euros(group.lines.reduce((sum, line) => sum + line.totalCents, 0)),
      lines: group.lines.map((line) => ({
        productName: line.productName,
        quantityText: quantityOf(line, line.steps, lang),
        amountText: euros(line.totalCents),
      })),
    })),
    totalText: euros(netTotalOf(order)),
  };
  if (order.firstPickup)
    ticket.membershipFeeText = t.packing.membershipFee(euros(drive.membershipFeeCents));
  if (order.creditUsedCents > 0)
    ticket.creditText = t.packing.creditLine(euros(order.creditUsedCents));
  if (order.adjustmentCents < 0) {
    ticket.adjustmentText = t.packing.adjustmentLine(euros(-order.adjustmentCents));
  }
  return ticket;
}

export function renderTicketsPdf(orders: PackingOrder[], scope: DocumentScope): Promise<Buffer> {
  return renderCrateTickets({
    ...headerOf(scope),
    tickets: orders.map((order) => ticketOf(order, scope)),
    texts: scope.t.packing.tickets,
  });
}

export function renderLabelsPdf(orders: PackingOrder[], scope: DocumentScope): Promise<Buffer> {
  const labels = orders.flatMap((order) =>
    order.lines.map((line) => ({
      crateNumber: crateLabelOf(order),
      crateName: order.member.crateName || order.member.firstName,
      productName: line.productName,
      quantityText: quantityOf(line, line.steps, scope.lang),
      producerName: line.producerName,
    })),
  );
  return renderLabels({ labels, texts: scope.t.packing.labels });
}

export function renderChecklistPdf(lines: ReceiptLine[], scope: DocumentScope): Promise<Buffer> {
  const producers = new Map<number, { producerName: string; lines: ReceiptLine[] }>();
  for (const line of lines) {
    const entry = producers.get(line.producerId) ?? { producerName: line.producerName, lines: [] };
    entry.lines.push(line);
    producers.set(line.producerId, entry);
  }
  const { driveName, sessionLabel } = headerOf(scope);
  return renderReceiptChecklist({
    driveName,
    sessionLabel,
    producers: [...producers.values()].map((producer) => ({
      producerName: producer.producerName,
      lines: producer.lines.map((line) => ({
        productName: line.productName,
        quantityText: quantityOf(line, line.steps, scope.lang),
        customers: line.customers,
      })),
    })),
    texts: scope.t.packing.checklist,
  });
}
