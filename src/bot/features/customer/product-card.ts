import { Composer } from "telegraf";
import { setCartSteps } from "../../../db/cart.ts";
import { isShoppable, type OfferDetail } from "../../../db/catalogue.ts";
import { shopLoadersFor } from "../../../db/shop-loaders.ts";
import { copyOrderIntoCart } from "../../../db/orders.ts";
import { availableFor, nextSteps } from "../../../domain/checkout.ts";
import { checkCartLine, priceForKind, summarizeCart } from "../../../domain/pricing.ts";
import { formatStep, parseQuantity } from "../../../domain/quantity.ts";
import type { BotContext } from "../../context.ts";
import { onStepText } from "../../conversation.ts";
import type { Feature } from "../../feature.ts";
import { listKinds, openCard, openCart, openList, setQuantity } from "./actions.ts";
import {
  canOrder,
  cartLabel,
  currentSteps,
  euros,
  loadShop,
  quantity,
  type Shop,
} from "./shopping.ts";
import { button, parseButton, show, type Keyboard, type View } from "./view.ts";

/** Far above any real order: more is a typing slip. */
const maxSteps = 999;
const quantityStep = "cu.qty";

type Back = { by: number; ref: number; page: number };

function available(shop: Shop, offer: OfferDetail): number | null {
  return availableFor(offer.remainingSteps, shop.ordered.get(offer.offerId) ?? 0);
}

/** A product's card: who makes it, its price for this customer, what is left, the basket. */
export function cardView(
  ctx: BotContext,
  shop: Shop,
  offer: OfferDetail,
  back: Back,
  note?: string,
): View {
  const t = ctx.t.customer.card;
  const terms = priceForKind(offer, shop.kind);
  const step = formatStep(offer.measure, ctx.lang);
  const steps = currentSteps(shop, offer.offerId);
  const left = available(shop, offer);
  const lines = note ? [note, ""] : [];
  lines.push(t.title(offer.productName), t.producer(offer.producerName, offer.producerTown));
  lines.push(t.price(euros(ctx, terms.priceCents), step));
  if (terms.priceCents !== offer.priceCents) {
    lines.push(t.kindPrice(ctx.t.customer.kinds[shop.kind], euros(ctx, offer.priceCents)));
  }
  if (terms.minSteps > 1) lines.push(t.minimum(quantity(ctx, terms.minSteps, offer.measure)));
  if (offer.description) lines.push(t.description(offer.description));
  if (left !== null) lines.push(left > 0 ? t.left(quantity(ctx, left, offer.measure)) : t.soldOut);
  if (offer.permanent) lines.push(t.permanent);
  const keyboard: Keyboard = [];
  if (canOrder(ctx.member)) {
    if (steps > 0) {
      lines.push(
        "",
        t.inCart(quantity(ctx, steps, offer.measure), euros(ctx, steps * terms.priceCents)),
      );
    }
    lines.push(t.hint(quantity(ctx, Math.max(2, terms.minSteps), offer.measure)));
    const at = (target: number) => ({ offer: offer.offerId, steps: target, ...back });
    const row = [];
    if (steps > 0)
      row.push(button(ctx, t.less, setQuantity, at(nextSteps(steps, "less", terms.minSteps))));
    if (left === null || left > steps) {
      row.push(button(ctx, t.more, setQuantity, at(nextSteps(steps, "more", terms.minSteps))));
    }
    if (steps > 0) row.push(button(ctx, t.remove, setQuantity, at(0)));
    keyboard.push(row);
  }
  const backButton =
    back.by === listKinds.cart
      ? button(ctx, ctx.t.customer.lists.back, openCart, {})
      : button(ctx, ctx.t.customer.lists.back, openList, back);
  keyboard.push(
    canOrder(ctx.member)
      ? [backButton, button(ctx, cartLabel(ctx, shop), openCart, {})]
      : [backButton],
  );
  return { text: lines.join("\n"), keyboard: keyboard.filter((row) => row.length > 0) };
}

type Applied = { ok: true; shop: Shop } | { ok: false; message: string };

/**
 * The offer of a button or a step: from the basket just read when it is there (the same
 * query's result), from the database otherwise.
 */
async function offerFor(
  ctx: BotContext,
  shop: Shop | null,
  offerId: number,
): Promise<OfferDetail | null> {
  const inCart = shop?.cart.find((entry) => entry.offer.offerId === offerId);
  return inCart ? inCart.offer : shopLoadersFor(ctx.deps.db).offer(offerId);
}

/** The shop of someone who may fill a basket; null for the others, who are told so later. */
async function shopIfCustomer(ctx: BotContext): Promise<Shop | null> {
  return canOrder(ctx.member) ? loadShop(ctx) : null;
}

/** The shop after its basket line of `offer` was set to `steps`, without reading it again. */
function withLine(shop: Shop, offer: OfferDetail, steps: number): Shop {
  const others = shop.cart.filter((entry) => entry.offer.offerId !== offer.offerId);
  const known = others.length < shop.cart.length;
  const cart =
    steps <= 0
      ? others
      : known
        ? shop.cart.map((entry) =>
            entry.offer.offerId === offer.offerId ? { offer, steps } : entry,
          )
        : [...shop.cart, { offer, steps }];
  return { ...shop, cart, summary: summarizeCart(cart, shop.kind) };
}

/**
 * Sets the basket line of `offer` to `steps` after checking the sale is still open,
 * the customer's minimum and what is left; a refusal changes nothing.
 */
async function applySteps(
  ctx: BotContext,
  loaded: Shop | null,
  offer: OfferDetail,
  steps: number,
): Promise<Applied> {
  const t = ctx.t.customer;
  const member = ctx.member;
  if (!canOrder(member) || !loaded) return { ok: false, message: t.onboarding.needConsent };
  let shop = loaded;
  if (offer.sessionId !== shop.session.id || !isShoppable(shop.session, offer.permanent)) {
    return { ok: false, message: t.stale.closed };
  }
  if (!offer.onSale) return { ok: false, message: t.stale.notOnSale };
  if (steps > maxSteps) return { ok: false, message: t.quantity.too_large };
  if (steps > 0) {
    const check = checkCartLine(
      { ...offer, remainingSteps: available(shop, offer) },
      steps,
      shop.kind,
    );
    if (!check.ok) {
      if (check.reason === "below_minimum") {
        return {
          ok: false,
          message: t.quantity.below_minimum(quantity(ctx, check.minSteps, offer.measure)),
        };
      }
      if (check.reason === "over_stock") {
        if (check.remainingSteps === 0) return { ok: false, message: t.quantity.sold_out };
        return {
          ok: false,
          message: t.quantity.over_stock(quantity(ctx, check.remainingSteps, offer.measure)),
        };
      }
      return { ok: false, message: t.quantity.zero };
    }
  }
  const { db } = ctx.deps;
  // A member with a confirmed order who touches an empty basket gets the order in it
  // first (see copyOrderIntoCart), known from the shop just read.
  const seed = shop.cart.length === 0 && shop.ordered.size > 0;
  if (seed) await copyOrderIntoCart(db, member.id, shop.session.id, shop.ordered);
  await setCartSteps(db, {
    memberId: member.id,
    sessionId: shop.session.id,
    offerId: offer.offerId,
    steps,
  });
  shop = seed ? await loadShop(ctx) : withLine(shop, offer, steps);
  ctx.log.info({ sessionId: shop.session.id, offerId: offer.offerId, steps }, "basket line set");
  return { ok: true, shop };
}

async function openCardView(
  ctx: BotContext,
  shop: Shop,
  offer: OfferDetail,
  back: Back,
  note?: string,
) {
  await ctx.conversation.enter(quantityStep, { offer: offer.offerId, ...back });
  await show(ctx, cardView(ctx, shop, offer, back, note));
}

/** Product cards, + and − buttons, and quantities typed while a card is open. */
export const productCardFeature: Feature = {
  name: "customer-product-card",
  commands: [],
  create() {
    const composer = new Composer<BotContext>();
    composer.action(openCard.pattern, async (ctx) => {
      const values = await parseButton(ctx, openCard);
      if (!values) return;
      const shop = await loadShop(ctx);
      const offer = await offerFor(ctx, shop, values.offer);
      if (!offer || offer.sessionId !== shop.session.id) {
        await ctx.answerCbQuery(ctx.t.customer.stale.closed);
        return;
      }
      await openCardView(ctx, shop, offer, values);
    });
    composer.action(setQuantity.pattern, async (ctx) => {
      const values = await parseButton(ctx, setQuantity);
      if (!values) return;
      const shop = await shopIfCustomer(ctx);
      const offer = await offerFor(ctx, shop, values.offer);
      if (!offer) {
        await ctx.answerCbQuery(ctx.t.customer.stale.closed);
        return;
      }
      const result = await applySteps(ctx, shop, offer, values.steps);
      if (!result.ok) {
        await ctx.answerCbQuery(result.message, { show_alert: true });
        return;
      }
      const t = ctx.t.customer.card;
      await ctx.answerCbQuery(
        values.steps === 0 ? t.removed : t.added(quantity(ctx, values.steps, offer.measure)),
      );
      await ctx.conversation.enter(quantityStep, { offer: offer.offerId, ...back(values) });
      await show(ctx, cardView(ctx, result.shop, offer, back(values)));
    });
    onStepText(composer, quantityStep, async (ctx) => {
      const data = ctx.conversation.data as Back & { offer: number };
      const shop = await shopIfCustomer(ctx);
      const offer = await offerFor(ctx, shop, Number(data.offer));
      if (!offer) {
        await ctx.conversation.leave();
        await ctx.reply(ctx.t.customer.stale.notOnSale);
        return;
      }
      const parsed = parseQuantity(ctx.message.text, offer.measure, { maxSteps });
      const t = ctx.t.customer.quantity;
      const step = formatStep(offer.measure, ctx.lang);
      if (!parsed.ok) {
        const messages = {
          empty: t.empty,
          not_a_number: t.not_a_number(offer.measure.unit === "piece" ? "2" : "1,5 kg"),
          zero: t.zero,
          negative: t.negative,
          not_a_multiple: t.not_a_multiple(step),
          too_large: t.too_large,
          fraction_of_piece: t.fraction_of_piece,
          wrong_unit: t.wrong_unit(step),
        };
        await ctx.reply(`${messages[parsed.reason]}\n${t.unchanged}`, { parse_mode: "HTML" });
        return;
      }
      const result = await applySteps(ctx, shop, offer, parsed.steps);
      if (!result.ok) {
        await ctx.reply(`${result.message}\n${t.unchanged}`, { parse_mode: "HTML" });
        return;
      }
      const note = ctx.t.customer.card.updated(
        quantity(ctx, parsed.steps, offer.measure),
        offer.productName,
      );
      await show(ctx, cardView(ctx, result.shop, offer, back(data), note));
    });
    return composer;
  },
};

function back(values: Back): Back {
  return { by: Number(values.by), ref: Number(values.ref), page: Number(values.page) };
}
