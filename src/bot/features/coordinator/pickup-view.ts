import { Markup } from "telegraf";
import type { InlineKeyboardButton } from "telegraf/types";
import { formatEuros } from "../../../domain/money.ts";
import { amountDueOf } from "../../../domain/order-balance.ts";
import { formatQuantity } from "../../../domain/quantity.ts";
import { paymentMethods } from "../../../domain/values.ts";
import { findPackingOrder, type PackingLine, type PackingOrder } from "../../../db/packing.ts";
import type { BotContext } from "../../context.ts";
import { crateLabelOf, groupByProducer } from "./packing-documents.ts";
import {
  adjustOrder,
  chooseMembership,
  collectOrder,
  payOrder,
  pickupReport,
  typeOrderAmount,
} from "./pickup-actions.ts";

/** The conversation step in which typed text is a search for an order. */
export const pickupSearchStep = "pickup.search";

export type OrderView = PackingOrder & { sessionId: number };

function quantity(ctx: BotContext, line: PackingLine, steps: number): string {
  return formatQuantity(steps, { unit: line.unit, stepSize: line.stepSize }, ctx.lang);
}

/** The order as a volunteer at the counter reads it: crate, lines, money, membership. */
export function orderViewText(ctx: BotContext, order: OrderView): string {
  const v = ctx.t.pickup.view;
  const euros = (cents: number) => formatEuros(cents, ctx.lang);
  const name = order.member.crateName || order.member.firstName;
  const out = [v.header(crateLabelOf(order), name, order.code)];
  out.push(order.status === "collected" ? v.collected : v.toCollect, "");
  for (const group of groupByProducer(order.lines)) {
    out.push(v.producer(group.producerName));
    for (const line of group.lines) {
      out.push(v.line(line.productName, quantity(ctx, line, line.steps), euros(line.totalCents)));
      if (line.missingSteps > 0) out.push(v.missing(quantity(ctx, line, line.missingSteps)));
      if (line.damagedSteps > 0) out.push(v.damaged(quantity(ctx, line, line.damagedSteps)));
    }
  }
  out.push("", v.total(euros(order.totalCents)));
  if (order.adjustmentCents < 0) out.push(v.adjustments(euros(-order.adjustmentCents)));
  if (order.creditUsedCents > 0) out.push(v.creditUsed(euros(order.creditUsedCents)));
  if (order.paidCents > 0) out.push(v.paid(euros(order.paidCents)));
  const due = amountDueOf(order);
  out.push(due > 0 ? v.due(euros(due)) : v.settled);
  if (order.firstPickup) out.push(v.membershipDue(euros(ctx.drive.membershipFeeCents)));
  return out.join("\n");
}

/** Buttons for what is left to do with the order: collect, pay, membership, adjust. */
export function orderViewKeyboard(ctx: BotContext, order: OrderView) {
  const { buttons } = ctx.t.pickup;
  const key = ctx.callbackKey;
  const rows: InlineKeyboardButton[][] = [];
  if (order.status === "confirmed") {
    rows.push([
      Markup.button.callback(buttons.collect, collectOrder.pack(key, { order: order.id })),
    ]);
  }
  const due = amountDueOf(order);
  if (due > 0) {
    rows.push(paymentRow(ctx, order.id, due, order.paidCents));
    rows.push([
      Markup.button.callback(buttons.otherAmount, typeOrderAmount.pack(key, { order: order.id })),
    ]);
  }
  const extra: InlineKeyboardButton[] = [];
  if (order.firstPickup) {
    extra.push(
      Markup.button.callback(buttons.membership, chooseMembership.pack(key, { order: order.id })),
    );
  }
  extra.push(
    Markup.button.callback(buttons.adjust, adjustOrder.pack(key, { order: order.id, origin: 1 })),
  );
  rows.push(extra);
  rows.push([
    Markup.button.callback(buttons.report, pickupReport.pack(key, { session: order.sessionId })),
  ]);
  return Markup.inlineKeyboard(rows);
}

/** One button per payment method, each for `amount`. */
export function paymentRow(
  ctx: BotContext,
  orderId: number,
  amount: number,
  paid: number,
): InlineKeyboardButton[] {
  return paymentMethods.map((method, index) =>
    Markup.button.callback(
      ctx.t.pickup.methods[method],
      payOrder.pack(ctx.callbackKey, { order: orderId, method: index, amount, paid }),
    ),
  );
}

/** Shows the order as a new message, or in place of the message whose button was pressed. */
export async function showOrderView(
  ctx: BotContext,
  orderId: number,
  how: "reply" | "edit",
  notice?: string,
): Promise<void> {
  const order = await findPackingOrder(ctx.deps.db, ctx.drive.id, orderId);
  if (!order) {
    if (ctx.callbackQuery) await ctx.answerCbQuery(ctx.t.common.staleButton);
    return;
  }
  const text = (notice ? `${notice}\n\n` : "") + orderViewText(ctx, order);
  const extra = { parse_mode: "HTML" as const, ...orderViewKeyboard(ctx, order) };
  if (how === "edit") await ctx.editMessageText(text, extra);
  else await ctx.reply(text, extra);
}
