import { Markup, type Composer, type MiddlewareFn } from "telegraf";
import { formatEuros, parseEuros } from "../../../domain/money.ts";
import { paymentMethods } from "../../../domain/values.ts";
import { findPackingOrder } from "../../../db/packing.ts";
import { recordMembershipFee, recordOrderPayment } from "../../../db/payments.ts";
import type { BotContext } from "../../context.ts";
import { onStepText } from "../../conversation.ts";
import {
  chooseMembership,
  methodAt,
  payMembership,
  payOrder,
  showOrder,
  typeMembershipAmount,
  typeOrderAmount,
  dataOf,
} from "./pickup-actions.ts";
import { paymentRow, pickupSearchStep, showOrderView } from "./pickup-view.ts";

const amountStep = "pickup.amount";
const membershipStep = "pickup.membership";

/** Payment and membership buttons of the pickup, and the typed amounts they may ask for. */
export function installPickupPayments(
  composer: Composer<BotContext>,
  staff: MiddlewareFn<BotContext>,
): void {
  composer.action(payOrder.pattern, staff, async (ctx) => {
    const values = payOrder.parse(ctx.callbackKey, dataOf(ctx));
    const method = values ? methodAt(values.method) : null;
    const order = values ? await findPackingOrder(ctx.deps.db, ctx.drive.id, values.order) : null;
    if (!values || !method || !order) return ctx.answerCbQuery(ctx.t.common.staleButton);
    const recorded = await recordOrderPayment(ctx.deps.db, {
      orderId: order.id,
      method,
      amountCents: values.amount,
      paidBeforeCents: values.paid,
      recordedById: ctx.member!.id,
    });
    ctx.log.info({ orderId: order.id, method, cents: values.amount, recorded }, "order payment");
    const euros = formatEuros(values.amount, ctx.lang);
    const notice = recorded
      ? ctx.t.pickup.paidDone(euros, ctx.t.pickup.methods[method])
      : ctx.t.pickup.changed;
    await ctx.answerCbQuery(notice);
    await showOrderView(ctx, order.id, "edit", notice);
  });

  composer.action(typeOrderAmount.pattern, staff, async (ctx) => {
    const values = typeOrderAmount.parse(ctx.callbackKey, dataOf(ctx));
    if (!values) return ctx.answerCbQuery(ctx.t.common.staleButton);
    await ctx.conversation.enter(amountStep, { ...ctx.conversation.data, orderId: values.order });
    await ctx.answerCbQuery();
    await ctx.reply(ctx.t.pickup.typeAmount);
  });

  onStepText(composer, amountStep, async (ctx) => {
    const orderId = Number(ctx.conversation.data.orderId);
    const parsed = parseEuros(ctx.message.text);
    if (!parsed.ok || parsed.cents === 0) return ctx.reply(ctx.t.pickup.badAmount);
    const order = await findPackingOrder(ctx.deps.db, ctx.drive.id, orderId);
    await backToSearch(ctx);
    if (!order) return ctx.reply(ctx.t.common.staleButton);
    await ctx.reply(ctx.t.pickup.chooseMethod(formatEuros(parsed.cents, ctx.lang)), {
      parse_mode: "HTML",
      ...Markup.inlineKeyboard([
        paymentRow(ctx, order.id, parsed.cents, order.paidCents),
        [backButton(ctx, order.id)],
      ]),
    });
  });

  composer.action(chooseMembership.pattern, staff, async (ctx) => {
    const values = chooseMembership.parse(ctx.callbackKey, dataOf(ctx));
    if (!values) return ctx.answerCbQuery(ctx.t.common.staleButton);
    const fee = ctx.drive.membershipFeeCents;
    await ctx.editMessageText(ctx.t.pickup.membershipChoose(formatEuros(fee, ctx.lang)), {
      parse_mode: "HTML",
      ...membershipKeyboard(ctx, values.order, fee, true),
    });
  });

  composer.action(typeMembershipAmount.pattern, staff, async (ctx) => {
    const values = typeMembershipAmount.parse(ctx.callbackKey, dataOf(ctx));
    if (!values) return ctx.answerCbQuery(ctx.t.common.staleButton);
    await ctx.conversation.enter(membershipStep, {
      ...ctx.conversation.data,
      orderId: values.order,
    });
    await ctx.answerCbQuery();
    const minimum = formatEuros(ctx.drive.membershipFeeCents, ctx.lang);
    await ctx.reply(ctx.t.pickup.typeMembership(minimum), { parse_mode: "HTML" });
  });

  onStepText(composer, membershipStep, async (ctx) => {
    const orderId = Number(ctx.conversation.data.orderId);
    const parsed = parseEuros(ctx.message.text);
    if (!parsed.ok) return ctx.reply(ctx.t.pickup.badAmount);
    const minimum = ctx.drive.membershipFeeCents;
    if (parsed.cents < minimum) {
      const text = ctx.t.pickup.membershipBelow(formatEuros(minimum, ctx.lang));
      return ctx.reply(text, { parse_mode: "HTML" });
    }
    await backToSearch(ctx);
    await ctx.reply(ctx.t.pickup.membershipChoose(formatEuros(parsed.cents, ctx.lang)), {
      parse_mode: "HTML",
      ...membershipKeyboard(ctx, orderId, parsed.cents, false),
    });
  });

  composer.action(payMembership.pattern, staff, async (ctx) => {
    const values = payMembership.parse(ctx.callbackKey, dataOf(ctx));
    const method = values ? methodAt(values.method) : null;
    const order = values ? await findPackingOrder(ctx.deps.db, ctx.drive.id, values.order) : null;
    if (!values || !method || !order) return ctx.answerCbQuery(ctx.t.common.staleButton);
    const result = await recordMembershipFee(ctx.deps.db, {
      memberId: order.member.id,
      orderId: order.id,
      method,
      amountCents: values.amount,
      minimumCents: ctx.drive.membershipFeeCents,
      recordedById: ctx.member!.id,
      now: ctx.deps.now(),
    });
    ctx.log.info({ orderId: order.id, method, ok: result.ok }, "membership payment");
    const minimum = formatEuros(ctx.drive.membershipFeeCents, ctx.lang);
    const notice = result.ok
      ? ctx.t.pickup.membershipDone(formatEuros(values.amount, ctx.lang))
      : result.reason === "below_minimum"
        ? ctx.t.pickup.membershipBelow(minimum)
        : ctx.t.pickup.membershipAlready;
    await ctx.answerCbQuery(notice.slice(0, 200));
    await showOrderView(ctx, order.id, "edit", notice);
  });
}

async function backToSearch(ctx: BotContext): Promise<void> {
  const { orderId: _orderId, ...rest } = ctx.conversation.data;
  await ctx.conversation.enter(pickupSearchStep, rest);
}

function backButton(ctx: BotContext, orderId: number) {
  return Markup.button.callback(
    ctx.t.pickup.buttons.back,
    showOrder.pack(ctx.callbackKey, { order: orderId }),
  );
}

function membershipKeyboard(ctx: BotContext, orderId: number, amount: number, withOther: boolean) {
  const methods = paymentMethods.map((method, index) =>
    Markup.button.callback(
      ctx.t.pickup.methods[method],
      payMembership.pack(ctx.callbackKey, { order: orderId, method: index, amount }),
    ),
  );
  const other = Markup.button.callback(
    ctx.t.pickup.buttons.otherAmount,
    typeMembershipAmount.pack(ctx.callbackKey, { order: orderId }),
  );
  return Markup.inlineKeyboard([
    methods,
    withOther ? [other, backButton(ctx, orderId)] : [backButton(ctx, orderId)],
  ]);
}
