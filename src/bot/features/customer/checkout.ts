import { Composer } from "telegraf";
import { replaceCart } from "../../../db/cart.ts";
import type { PickupSlotDetail } from "../../../db/catalogue.ts";
import { confirmCart, type ConfirmedSlot, type ConfirmResult } from "../../../db/checkout.ts";
import { findSessionOrder, isFirstOrder } from "../../../db/orders.ts";
import { shopLoadersFor } from "../../../db/shop-loaders.ts";
import { availableFor, cartFingerprint, fitToAvailable } from "../../../domain/checkout.ts";
import { priceForKind } from "../../../domain/pricing.ts";
import type { BotContext } from "../../context.ts";
import type { Feature } from "../../feature.ts";
import {
  confirmOrder,
  fitToStock,
  openCart,
  openHome,
  openOrders,
  showRecap,
  startCheckout,
} from "./actions.ts";
import { cartView, needsConsent } from "./cart.ts";
import { orderView } from "./orders.ts";
import { summaryLines } from "./cart-view.ts";
import {
  dateTime,
  euros,
  loadShop,
  pickupSlotsOf,
  quantity,
  window,
  type Shop,
} from "./shopping.ts";
import { button, parseButton, show, type Keyboard, type View } from "./view.ts";

function slotPlace(ctx: BotContext, slot: ConfirmedSlot): string {
  return ctx.t.customer.home.place(slot.pickupPoint.name, slot.pickupPoint.address);
}

/** "16 h – 17 h": the window without its day, which the question already says. */
function slotTimes(ctx: BotContext, slot: PickupSlotDetail): string {
  const full = window(ctx, slot.startsAt, slot.endsAt);
  return full.slice(full.indexOf(", ") + 2);
}

function slotChoiceView(
  ctx: BotContext,
  shop: Shop,
  slots: PickupSlotDetail[],
  note?: string,
): View {
  const t = ctx.t.customerOrders.checkout;
  const day = window(ctx, shop.session.pickupStartsAt, shop.session.pickupEndsAt);
  const keyboard: Keyboard = slots.map((slot) => [
    button(ctx, t.slotButton(slotTimes(ctx, slot), slot.pickupPoint.name), showRecap, {
      session: shop.session.id,
      slot: slot.id,
    }),
  ]);
  keyboard.push([button(ctx, t.backToCart, openCart, {})]);
  const text = [note, t.chooseSlot(day.slice(0, day.indexOf(",")))].filter(Boolean).join("\n");
  return { text, keyboard };
}

/** What will be ordered, for how much, when and where: the last screen before confirming. */
async function recapView(
  ctx: BotContext,
  shop: Shop,
  slot: PickupSlotDetail,
  slotCount: number,
  note?: string,
) {
  const t = ctx.t.customerOrders.checkout;
  const member = ctx.member!;
  const { db } = ctx.deps;
  const loaders = shopLoadersFor(db);
  const order = await loaders.sessionOrder(member.id, shop.session.id);
  const reused = order?.status === "confirmed" ? order.creditUsedCents : 0;
  const credit = (await loaders.availableCredits(member.id)) + reused;
  const measures = new Map(shop.cart.map((entry) => [entry.offer.offerId, entry.offer.measure]));
  const lines = [note, t.recapTitle].filter((line): line is string => Boolean(line));
  lines.push(...summaryLines(ctx, shop.summary, (id) => measures.get(id)!, credit), "");
  lines.push(t.pickup(window(ctx, slot.startsAt, slot.endsAt), slotPlace(ctx, slot)));
  if (await isFirstOrder(db, member.id, order?.id, member)) {
    lines.push(t.membership(euros(ctx, ctx.drive.membershipFeeCents)));
  }
  lines.push(t.deadline(dateTime(ctx, shop.session.closesAt)));
  const print = cartFingerprint(
    shop.cart.map((entry) => ({ offerId: entry.offer.offerId, steps: entry.steps })),
  );
  const values = { session: shop.session.id, slot: slot.id };
  const keyboard: Keyboard = [[button(ctx, t.confirm, confirmOrder, { ...values, print })]];
  const back = [button(ctx, t.backToCart, openCart, {})];
  if (slotCount > 1)
    back.push(button(ctx, t.changeSlot, startCheckout, { session: shop.session.id }));
  keyboard.push(back);
  return { text: lines.join("\n"), keyboard };
}

/** The session of the button must be the one the customer shops in now. */
async function shopFor(ctx: BotContext, sessionId: number): Promise<Shop | null> {
  const shop = await loadShop(ctx);
  if (shop.session.id === sessionId) return shop;
  await ctx.answerCbQuery(ctx.t.customer.stale.closed, { show_alert: true });
  return null;
}

async function showSlotOrRecap(ctx: BotContext, shop: Shop, slotId: number | null, note?: string) {
  const slots = await pickupSlotsOf(ctx, shop.session.id);
  if (shop.cart.length === 0) {
    await show(ctx, await cartView(ctx, shop, ctx.t.customerOrders.checkout.empty));
    return;
  }
  if (slots.length === 0) {
    await show(ctx, await cartView(ctx, shop, ctx.t.customerOrders.checkout.noSlot));
    return;
  }
  const slot = slots.length === 1 ? slots[0] : slots.find((candidate) => candidate.id === slotId);
  if (!slot) {
    await show(ctx, slotChoiceView(ctx, shop, slots, note));
    return;
  }
  await show(ctx, await recapView(ctx, shop, slot, slots.length, note));
}

/** The answer to a confirmed order, from what the confirmation read: no query. */
function answerConfirmed(ctx: BotContext, result: Extract<ConfirmResult, { ok: true }>) {
  const t = ctx.t.customerOrders.checkout;
  const { slot } = result;
  const toPay = result.totalCents - result.creditUsedCents;
  const lines = [result.changed ? t.changed(result.code) : t.confirmed(result.code)];
  lines.push(t.total(euros(ctx, result.totalCents)));
  if (result.creditUsedCents > 0)
    lines.push(t.credit(euros(ctx, result.creditUsedCents), euros(ctx, toPay)));
  lines.push(
    t.payAtPickup,
    "",
    t.pickup(window(ctx, slot.startsAt, slot.endsAt), slotPlace(ctx, slot)),
  );
  if (result.firstOrder) lines.push("", t.membership(euros(ctx, ctx.drive.membershipFeeCents)));
  lines.push(t.deadline(dateTime(ctx, result.closesAt)));
  const keyboard = [
    [
      button(ctx, t.myOrders, openOrders, {}),
      button(ctx, ctx.t.customerOrders.cart.catalogue, openHome, {}),
    ],
  ];
  return show(ctx, { text: lines.join("\n"), keyboard });
}

async function answerRefused(
  ctx: BotContext,
  shop: Shop,
  sessionId: number,
  slotId: number,
  result: Extract<ConfirmResult, { ok: false }>,
) {
  const t = ctx.t.customerOrders.checkout;
  switch (result.reason) {
    case "closed": {
      // A change refused by the close leaves the order as it was: say when to collect it.
      const kept = await findSessionOrder(ctx.deps.db, ctx.member!.id, sessionId);
      const text =
        kept?.status === "confirmed" ? orderView(ctx, kept, t.refusedClosed).text : t.refusedClosed;
      await show(ctx, { text, keyboard: [[button(ctx, t.myOrders, openOrders, {})]] });
      return;
    }
    case "changed":
      await showSlotOrRecap(ctx, await loadShop(ctx), slotId, t.basketChanged);
      return;
    case "empty":
      await show(ctx, await cartView(ctx, shop, t.empty));
      return;
    case "slot":
    case "slot_full":
      await showSlotOrRecap(ctx, shop, null, result.reason === "slot" ? t.badSlot : t.slotFull);
      return;
    case "not_on_sale":
      await show(ctx, await cartView(ctx, shop, t.notOnSale(result.productNames.join(", "))));
      return;
    case "below_minimum":
      await show(ctx, await cartView(ctx, shop, t.belowMinimum(result.productNames.join(", "))));
      return;
    case "short": {
      const lines = [t.short];
      for (const item of result.shortages) {
        const left =
          item.availableSteps > 0 ? quantity(ctx, item.availableSteps, item.measure) : t.noneLeft;
        lines.push(
          t.shortLine(item.productName, quantity(ctx, item.wantedSteps, item.measure), left),
        );
      }
      const keyboard = [
        [button(ctx, t.fit, fitToStock, { session: shop.session.id, slot: slotId })],
        [button(ctx, t.backToCart, openCart, {})],
      ];
      await show(ctx, { text: lines.join("\n"), keyboard });
    }
  }
}

/** From the basket to a confirmed order: slot, recap, confirm, and the answer to a refusal. */
export const checkoutFeature: Feature = {
  name: "customer-checkout",
  commands: [],
  create() {
    const composer = new Composer<BotContext>();
    composer.action(startCheckout.pattern, async (ctx) => {
      const values = await parseButton(ctx, startCheckout);
      if (!values || (await needsConsent(ctx))) return;
      const shop = await shopFor(ctx, values.session);
      if (shop) await showSlotOrRecap(ctx, shop, null);
    });
    composer.action(showRecap.pattern, async (ctx) => {
      const values = await parseButton(ctx, showRecap);
      if (!values || (await needsConsent(ctx))) return;
      const shop = await shopFor(ctx, values.session);
      if (shop) await showSlotOrRecap(ctx, shop, values.slot);
    });
    composer.action(confirmOrder.pattern, async (ctx) => {
      const values = await parseButton(ctx, confirmOrder);
      if (!values || (await needsConsent(ctx))) return;
      const { db, now, random } = ctx.deps;
      const result = await confirmCart(db, {
        memberId: ctx.member!.id,
        sessionId: values.session,
        slotId: values.slot,
        fingerprint: values.print,
        now: now(),
        random,
      });
      ctx.log.info(
        { sessionId: values.session, ok: result.ok, reason: result.ok ? undefined : result.reason },
        "order confirmation",
      );
      if (result.ok) {
        await answerConfirmed(ctx, result);
        return;
      }
      const shop = await loadShop(ctx);
      if (result.reason === "closed") {
        await ctx.answerCbQuery(ctx.t.customer.stale.closed);
      } else if (shop.session.id !== values.session) {
        await ctx.answerCbQuery(ctx.t.customer.stale.closed, { show_alert: true });
        return;
      }
      await answerRefused(ctx, shop, values.session, values.slot, result);
    });
    composer.action(fitToStock.pattern, async (ctx) => {
      const values = await parseButton(ctx, fitToStock);
      if (!values || (await needsConsent(ctx))) return;
      const shop = await shopFor(ctx, values.session);
      if (!shop) return;
      const fitted = fitToAvailable(
        shop.cart.map((entry) => ({
          offerId: entry.offer.offerId,
          steps: entry.steps,
          minSteps: priceForKind(entry.offer, shop.kind).minSteps,
          availableSteps: availableFor(
            entry.offer.remainingSteps,
            shop.ordered.get(entry.offer.offerId) ?? 0,
          ),
        })),
      );
      await replaceCart(ctx.deps.db, {
        memberId: ctx.member!.id,
        sessionId: shop.session.id,
        lines: fitted,
      });
      await showSlotOrRecap(
        ctx,
        await loadShop(ctx),
        values.slot,
        ctx.t.customerOrders.checkout.adjusted,
      );
    });
    return composer;
  },
};
