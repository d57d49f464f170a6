import type { CartSummary } from "../../../domain/pricing.ts";
import type { Measure } from "../../../domain/quantity.ts";
import type { BotContext } from "../../context.ts";
import { euros, quantity } from "./shopping.ts";

/** Lines by farm with subtotals and the total, as the basket, the recap and an order show them. */
export function summaryLines(
  ctx: BotContext,
  summary: CartSummary,
  measureOf: (offerId: number) => Measure,
  creditCents = 0,
): string[] {
  const t = ctx.t.customerOrders.cart;
  const lines: string[] = [];
  for (const group of summary.groups) {
    lines.push("", t.group(group.producerName));
    for (const line of group.lines) {
      const amount = quantity(ctx, line.steps, measureOf(line.offerId));
      lines.push(t.line(line.productName, amount, euros(ctx, line.totalCents)));
    }
    if (summary.groups.length > 1) lines.push(t.subtotal(euros(ctx, group.subtotalCents)));
  }
  lines.push("", t.total(euros(ctx, summary.totalCents)));
  const credit = Math.min(creditCents, summary.totalCents);
  if (credit > 0) lines.push(t.credit(euros(ctx, credit), euros(ctx, summary.totalCents - credit)));
  return lines;
}
