import { formatEuros } from "./money.ts";
import { formatQuantity, type Measure } from "./quantity.ts";
import { splitMessage, telegramMessageLimit } from "./split-message.ts";
import type { Language } from "./values.ts";

/** One product's totals for a producer and a session, already summed by the database. */
export type PickListRow = {
  productName: string;
  measure: Measure;
  steps: number;
  /** How many orders contain the product. */
  customers: number;
  amountCents: number;
};

/** One product in one customer's crate, for the producer who labels per crate. */
export type PickListCustomerRow = {
  orderCode: string;
  crateName: string;
  productName: string;
  measure: Measure;
  steps: number;
};

/** The words of a pick list, from the locale files; amounts and quantities come formatted. */
export type PickListTexts = {
  title: (values: { producerName: string; deliveryText: string }) => string;
  lineFormat: (values: {
    productName: string;
    quantity: string;
    steps: number;
    customers: number;
    amount: string;
  }) => string;
  total: (values: { amount: string; productCount: number; orderCount: number }) => string;
  /** Heading of the per-crate part. */
  byCustomer: string;
  customerLineFormat: (values: {
    orderCode: string;
    crateName: string;
    productName: string;
    quantity: string;
  }) => string;
  /** Heads every message after the first one. */
  continued: (values: { producerName: string; part: number; parts: number }) => string;
  /** Shown instead of the lines when nothing of this producer was ordered. */
  nothingOrdered: string;
};

export type PickListInput = {
  producerName: string;
  rows: PickListRow[];
  customers: PickListCustomerRow[];
  /** When and where to bring the goods, already worded ("mercredi 9 décembre avant 9 h"). */
  deliveryText: string;
  lang: Language;
  texts: PickListTexts;
};

const collator = new Intl.Collator("fr");

/** A producer's pick list as Telegram messages of at most 4096 characters each. */
export function formatPickListMessages(input: PickListInput): string[] {
  const { producerName, lang, texts } = input;
  const lines = [texts.title({ producerName, deliveryText: input.deliveryText }), ""];

  const rows = [...input.rows].sort((a, b) => collator.compare(a.productName, b.productName));
  if (rows.length === 0) lines.push(texts.nothingOrdered);
  for (const row of rows) {
    lines.push(
      texts.lineFormat({
        productName: row.productName,
        quantity: formatQuantity(row.steps, row.measure, lang),
        steps: row.steps,
        customers: row.customers,
        amount: formatEuros(row.amountCents, lang),
      }),
    );
  }

  if (rows.length > 0) {
    const totalCents = rows.reduce((sum, row) => sum + row.amountCents, 0);
    const orderCount = new Set(input.customers.map((row) => row.orderCode)).size;
    const amount = formatEuros(totalCents, lang);
    lines.push("", texts.total({ amount, productCount: rows.length, orderCount }));
  }

  const customers = [...input.customers].sort(
    (a, b) =>
      collator.compare(a.crateName, b.crateName) ||
      collator.compare(a.orderCode, b.orderCode) ||
      collator.compare(a.productName, b.productName),
  );
  if (customers.length > 0) lines.push("", texts.byCustomer);
  for (const row of customers) {
    lines.push(
      texts.customerLineFormat({
        orderCode: row.orderCode,
        crateName: row.crateName,
        productName: row.productName,
        quantity: formatQuantity(row.steps, row.measure, lang),
      }),
    );
  }

  return addContinuationHeads(lines.join("\n"), producerName, texts);
}

function addContinuationHeads(body: string, producerName: string, texts: PickListTexts): string[] {
  // Room for the longest head we could need, so adding it never pushes a message over.
  const head = texts.continued({ producerName, part: 9999, parts: 9999 });
  const parts = splitMessage(body, telegramMessageLimit - head.length - 1);
  if (parts.length === 1) return parts;

  return parts.map((part, index) => {
    if (index === 0) return part;
    return `${texts.continued({ producerName, part: index + 1, parts: parts.length })}\n${part}`;
  });
}
