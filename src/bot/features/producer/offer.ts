import type { Composer } from "telegraf";
import { z } from "zod";
import { findFarmName } from "../../../db/producer-farms.ts";
import {
  copyLastOffers,
  findOfferSession,
  findOwnOffer,
  listOwnOffers,
  setOfferPrice,
  setOfferStock,
  setOffered,
  type OfferChange,
} from "../../../db/producer-offers.ts";
import { parseEuros } from "../../../domain/money.ts";
import { formatStep } from "../../../domain/quantity.ts";
import type { BotContext } from "../../context.ts";
import { onStepText } from "../../conversation.ts";
import { hasRole } from "../../roles.ts";
import {
  askOfferPrice,
  askOfferQuantity,
  copyOffer,
  openOffer,
  openOfferDetail,
  setUnlimited,
  toggleOffered,
} from "./actions.ts";
import { offerDetailView, offerView, quantityText } from "./offer-views.ts";
import { alert, farmOf, onProducerAction, show } from "./ui.ts";
import { parseOfferSteps } from "./units.ts";

const steps = { quantity: "fm.offer.quantity", price: "fm.offer.price" } as const;
const stepSchema = z.object({ productId: z.number().int(), sessionId: z.number().int() });

export async function showOffer(ctx: BotContext, notice?: string): Promise<void> {
  const { db, driveId, now } = ctx.deps;
  const producerId = farmOf(ctx);
  const session = await findOfferSession(db, ctx.drive, now());
  const farm = (await findFarmName(db, driveId, producerId)) ?? "";
  const view = offerView(ctx, farm, session, await listOwnOffers(db, producerId, session.id));
  await show(ctx, notice ? { ...view, text: `${notice}\n\n${view.text}` } : view);
}

async function showDetail(ctx: BotContext, productId: number, sessionId: number, notice?: string) {
  const own = await findOwnOffer(ctx.deps.db, farmOf(ctx), sessionId, productId);
  if (!own) return alert(ctx, ctx.t.producer.catalogue.notYours);
  await show(ctx, offerDetailView(ctx, sessionId, own, notice));
}

/** Says why a change was refused, with the figures when stock would fall below what is sold. */
async function answerChange(
  ctx: BotContext,
  ids: { productId: number; sessionId: number },
  result: OfferChange,
): Promise<void> {
  const t = ctx.t.producer.offer;
  if (result.ok) {
    await ctx.conversation.leave();
    ctx.log.info(ids, "offer changed");
    if (ctx.callbackQuery) await ctx.answerCbQuery(t.saved);
    return showDetail(ctx, ids.productId, ids.sessionId, ctx.callbackQuery ? undefined : t.saved);
  }
  if (result.reason !== "below_sold") {
    await ctx.conversation.leave();
    const closed = result.reason === "session_closed";
    return alert(ctx, closed ? t.sessionClosed : ctx.t.producer.catalogue.notYours);
  }
  const own = await findOwnOffer(ctx.deps.db, farmOf(ctx), ids.sessionId, ids.productId);
  if (!own) return alert(ctx, ctx.t.producer.catalogue.notYours);
  const text = t.belowSold(
    quantityText(ctx, own, result.soldSteps),
    quantityText(ctx, own, result.requestedSteps),
  );
  await ctx.reply(text, { parse_mode: "HTML" });
}

export function registerOfferActions(composer: Composer<BotContext>): void {
  onProducerAction(composer, openOffer, async (ctx) => {
    await ctx.conversation.leave();
    await showOffer(ctx);
  });

  onProducerAction(composer, openOfferDetail, async (ctx, { product, session }) => {
    await ctx.conversation.leave();
    await showDetail(ctx, product, session);
  });

  onProducerAction(composer, toggleOffered, async (ctx, { product, session, on }) => {
    const result = await setOffered(ctx.deps.db, farmOf(ctx), session, product, on === 1);
    await answerChange(ctx, { productId: product, sessionId: session }, result);
  });

  onProducerAction(composer, setUnlimited, async (ctx, { product, session }) => {
    const result = await setOfferStock(ctx.deps.db, farmOf(ctx), session, product, null);
    await answerChange(ctx, { productId: product, sessionId: session }, result);
  });

  onProducerAction(composer, askOfferQuantity, async (ctx, { product, session }) => {
    const own = await findOwnOffer(ctx.deps.db, farmOf(ctx), session, product);
    if (!own) return alert(ctx, ctx.t.producer.catalogue.notYours);
    await ctx.conversation.enter(steps.quantity, { productId: product, sessionId: session });
    await ctx.answerCbQuery();
    const sold = quantityText(ctx, own, own.offer?.soldSteps ?? 0);
    const step = formatStep(own.product, ctx.lang);
    await ctx.reply(ctx.t.producer.offer.askQuantity(step, sold), { parse_mode: "HTML" });
  });

  onProducerAction(composer, askOfferPrice, async (ctx, { product, session }) => {
    const own = await findOwnOffer(ctx.deps.db, farmOf(ctx), session, product);
    if (!own) return alert(ctx, ctx.t.producer.catalogue.notYours);
    await ctx.conversation.enter(steps.price, { productId: product, sessionId: session });
    await ctx.answerCbQuery();
    const step = formatStep(own.product, ctx.lang);
    await ctx.reply(ctx.t.producer.offer.askPrice(step), { parse_mode: "HTML" });
  });

  onProducerAction(composer, copyOffer, async (ctx, { session }) => {
    const { db, now } = ctx.deps;
    const target = await findOfferSession(db, ctx.drive, now());
    const t = ctx.t.producer.offer;
    if (target.id !== session) return ctx.answerCbQuery(ctx.t.common.staleButton);
    const result = await copyLastOffers(db, farmOf(ctx), target);
    if (!result.ok) {
      return alert(ctx, result.reason === "session_closed" ? t.sessionClosed : t.nothingToCopy);
    }
    ctx.log.info({ sessionId: session, copied: result.copied }, "last offer copied");
    await ctx.answerCbQuery(t.copied(result.copied));
    await showOffer(ctx, t.copied(result.copied));
  });
}

export function registerOfferSteps(composer: Composer<BotContext>): void {
  onStepText(composer, steps.quantity, async (ctx) => {
    const state = stepSchema.safeParse(ctx.conversation.data);
    if (!state.success || !hasRole(ctx.member, "producer")) return ctx.conversation.leave();
    const { productId, sessionId } = state.data;
    const own = await findOwnOffer(ctx.deps.db, farmOf(ctx), sessionId, productId);
    if (!own) {
      await ctx.conversation.leave();
      return alert(ctx, ctx.t.producer.catalogue.notYours);
    }
    const total = parseOfferSteps(ctx.message.text, own.product);
    if (total === null) return ctx.reply(ctx.t.producer.offer.badQuantity);
    const result = await setOfferStock(ctx.deps.db, farmOf(ctx), sessionId, productId, total);
    await answerChange(ctx, state.data, result);
  });

  onStepText(composer, steps.price, async (ctx) => {
    const state = stepSchema.safeParse(ctx.conversation.data);
    if (!state.success || !hasRole(ctx.member, "producer")) return ctx.conversation.leave();
    const price = parseEuros(ctx.message.text);
    if (!price.ok || price.cents <= 0) return ctx.reply(ctx.t.producer.catalogue.bad.price);
    const { productId, sessionId } = state.data;
    const result = await setOfferPrice(ctx.deps.db, farmOf(ctx), sessionId, productId, price.cents);
    await answerChange(ctx, state.data, result);
  });
}
