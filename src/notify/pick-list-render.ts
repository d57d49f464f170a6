import { DateTime } from "luxon";
import { deliveryDeadline, formatHour, formatWeekday } from "../bot/features/producer/day-text.ts";
import { textsFor } from "../bot/i18n.ts";
import type { PickListData } from "../db/pick-lists.ts";
import { toCsv } from "../documents/csv.ts";
import { renderPickListPdf, type PickListCustomer } from "../documents/pick-list-pdf.ts";
import { formatEuros } from "../domain/money.ts";
import { formatPickListMessages } from "../domain/pick-list.ts";
import { formatQuantity } from "../domain/quantity.ts";
import type { Language } from "../domain/values.ts";

/** Where and when the goods go: the session's pickup point and day. */
export type PickListPlace = { pointName: string; pickupStartsAt: Date; timezone: string };

export type PickListDocument = { filename: string; caption: string; bytes: Buffer };

export type RenderedPickList = { messages: string[]; documents: PickListDocument[] };

const collator = new Intl.Collator("fr");

/**
 * A farm's pick list as chat messages (HTML, 4096 characters at most each) and, when
 * something was ordered, the same as a PDF to print and a CSV for a spreadsheet. After the
 * close, a farm without orders gets one short note instead.
 */
export async function renderPickList(
  data: PickListData,
  place: PickListPlace,
  lang: Language,
  options: { closed: boolean },
): Promise<RenderedPickList> {
  const texts = textsFor(lang).producer.pickList;
  const day = formatWeekday(place.pickupStartsAt, place.timezone, lang);
  if (data.rows.length === 0 && options.closed) {
    return { messages: [texts.noOrders(data.producerName, day)], documents: [] };
  }
  const deadline = deliveryDeadline(place.pickupStartsAt, place.timezone);
  const deliveryText = texts.delivery(
    place.pointName,
    formatWeekday(deadline, place.timezone, lang),
    formatHour(deadline, place.timezone, lang),
  );
  const messages = formatPickListMessages({
    producerName: data.producerName,
    rows: data.rows,
    customers: data.customers,
    deliveryText,
    lang,
    texts: texts.message,
  });
  if (data.rows.length === 0) return { messages, documents: [] };

  const base = fileBase(texts.fileBase, data.producerName, place);
  const pdf = await renderPickListPdf({
    producerName: data.producerName,
    sessionLabel: texts.sessionLabel(day),
    deliveryText,
    rows: [...data.rows]
      .sort((a, b) => collator.compare(a.productName, b.productName))
      .map((row) => ({
        productName: row.productName,
        quantityText: formatQuantity(row.steps, row.measure, lang),
        customers: row.customers,
        amountText: formatEuros(row.amountCents, lang),
      })),
    totalText: formatEuros(
      data.rows.reduce((sum, row) => sum + row.amountCents, 0),
      lang,
    ),
    byCustomer: groupByOrder(data, lang),
    texts: texts.pdf,
  });
  const csv = toCsv(
    texts.csvHeader,
    sortedCustomers(data).map((line) => [
      line.orderCode,
      line.crateName,
      line.productName,
      formatQuantity(line.steps, line.measure, lang),
      line.steps,
      line.totalCents / 100,
    ]),
  );
  return {
    messages,
    documents: [
      { filename: `${base}.pdf`, caption: texts.pdfCaption, bytes: pdf },
      { filename: `${base}.csv`, caption: texts.csvCaption, bytes: csv },
    ],
  };
}

function sortedCustomers(data: PickListData) {
  return [...data.customers].sort(
    (a, b) =>
      collator.compare(a.crateName, b.crateName) ||
      collator.compare(a.orderCode, b.orderCode) ||
      collator.compare(a.productName, b.productName),
  );
}

function groupByOrder(data: PickListData, lang: Language): PickListCustomer[] {
  const orders = new Map<string, PickListCustomer>();
  for (const line of sortedCustomers(data)) {
    let order = orders.get(line.orderCode);
    if (!order) {
      order = { orderCode: line.orderCode, crateName: line.crateName, lines: [] };
      orders.set(line.orderCode, order);
    }
    order.lines.push({
      productName: line.productName,
      quantityText: formatQuantity(line.steps, line.measure, lang),
    });
  }
  return [...orders.values()];
}

/** "preparation-ferme-du-causse-2026-12-09": readable, and safe in any file system. */
function fileBase(prefix: string, farm: string, place: PickListPlace): string {
  const slug = farm
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 40);
  const day = DateTime.fromJSDate(place.pickupStartsAt, { zone: place.timezone }).toISODate();
  return [prefix, slug || "ferme", day].join("-");
}
