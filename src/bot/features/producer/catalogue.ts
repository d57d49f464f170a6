import type { Composer } from "telegraf";
import { findFarmName } from "../../../db/producer-farms.ts";
import {
  findOwnProduct,
  listOwnProducts,
  retireOwnProduct,
  updateOwnProduct,
} from "../../../db/producer-products.ts";
import type { BotContext } from "../../context.ts";
import { openCatalogue, openProduct, retireProduct, togglePermanent } from "./actions.ts";
import { catalogueView, productView, retireView } from "./catalogue-views.ts";
import { alert, farmOf, onProducerAction, show } from "./ui.ts";

export async function showCatalogue(ctx: BotContext, notice?: string): Promise<void> {
  const producerId = farmOf(ctx);
  const farm = (await findFarmName(ctx.deps.db, ctx.deps.driveId, producerId)) ?? "";
  const view = catalogueView(ctx, farm, await listOwnProducts(ctx.deps.db, producerId));
  await show(ctx, notice ? { ...view, text: `${notice}\n\n${view.text}` } : view);
}

/** Shows one of the farm's products; anyone else's id gets a refusal and nothing else. */
export async function showProduct(
  ctx: BotContext,
  productId: number,
  notice?: string,
): Promise<void> {
  const product = await findOwnProduct(ctx.deps.db, farmOf(ctx), productId);
  if (!product) {
    await alert(ctx, ctx.t.producer.catalogue.notYours);
    return;
  }
  await show(ctx, productView(ctx, product, notice));
}

export function registerCatalogueActions(composer: Composer<BotContext>): void {
  onProducerAction(composer, openCatalogue, async (ctx) => {
    await ctx.conversation.leave();
    await showCatalogue(ctx);
  });

  onProducerAction(composer, openProduct, async (ctx, { product }) => {
    await ctx.conversation.leave();
    await showProduct(ctx, product);
  });

  onProducerAction(composer, togglePermanent, async (ctx, { product }) => {
    const { db } = ctx.deps;
    const own = await findOwnProduct(db, farmOf(ctx), product);
    if (!own) return alert(ctx, ctx.t.producer.catalogue.notYours);
    await db.$transaction((tx) =>
      updateOwnProduct(tx, farmOf(ctx), product, { permanent: !own.permanent }),
    );
    ctx.log.info({ productId: product, permanent: !own.permanent }, "product sale kind changed");
    await ctx.answerCbQuery(ctx.t.producer.catalogue.saved);
    await showProduct(ctx, product);
  });

  onProducerAction(composer, retireProduct, async (ctx, { product, confirm }) => {
    const { db } = ctx.deps;
    const own = await findOwnProduct(db, farmOf(ctx), product);
    if (!own) return alert(ctx, ctx.t.producer.catalogue.notYours);
    if (confirm !== 1) return show(ctx, retireView(ctx, own));
    await db.$transaction((tx) => retireOwnProduct(tx, farmOf(ctx), product));
    ctx.log.info({ productId: product }, "product retired");
    await showCatalogue(ctx, ctx.t.producer.catalogue.retired(own.name));
  });
}
