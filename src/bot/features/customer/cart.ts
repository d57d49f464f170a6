import { Composer } from "telegraf";
import { emptyCart } from "../../../db/cart.ts";
import { shopLoadersFor } from "../../../db/shop-loaders.ts";
import type { BotContext } from "../../context.ts";
import type { Feature, MenuCommand } from "../../feature.ts";
import { namesOf } from "../../feature.ts";
import {
  clearCart,
  listKinds,
  openCard,
  openCart,
  openHome,
  openOrder,
  startCheckout,
} from "./actions.ts";
import { summaryLines } from "./cart-view.ts";
import { canOrder, euros, loadShop, quantity, type Shop } from "./shopping.ts";
import { button, parseButton, show, type Keyboard, type View } from "./view.ts";

const cart: MenuCommand = {
  fr: "panier",
  en: "cart",
  roles: ["customer"],
  description: (t) => t.customer.menu.cart,
};

/** The basket by farm, a button per line to change it, and the way to confirm. */
export async function cartView(ctx: BotContext, shop: Shop, note?: string): Promise<View> {
  const t = ctx.t.customerOrders.cart;
  const member = ctx.member!;
  const { db } = ctx.deps;
  const loaders = shopLoadersFor(db);
  const order = await loaders.sessionOrder(member.id, shop.session.id);
  const confirmed = order?.status === "confirmed" ? order : null;
  const lines = note ? [note, ""] : [];
  const keyboard: Keyboard = [];
  if (shop.cart.length === 0) {
    lines.push(
      confirmed ? t.orderConfirmed(confirmed.code, euros(ctx, confirmed.totalCents)) : t.empty,
    );
    if (confirmed) keyboard.push([button(ctx, t.viewOrder, openOrder, { order: confirmed.id })]);
    keyboard.push([button(ctx, t.catalogue, openHome, {})]);
    return { text: lines.join("\n"), keyboard };
  }
  lines.push(confirmed ? t.changing(confirmed.code) : t.title);
  const measures = new Map(shop.cart.map((entry) => [entry.offer.offerId, entry.offer.measure]));
  const credit = await loaders.availableCredits(member.id);
  const reused = confirmed?.creditUsedCents ?? 0;
  lines.push(...summaryLines(ctx, shop.summary, (id) => measures.get(id)!, credit + reused));
  const stale = shop.cart.filter(
    (entry) => !entry.offer.onSale || entry.offer.sessionId !== shop.session.id,
  );
  if (stale.length > 0)
    lines.push("", t.notOnSale(stale.map((entry) => entry.offer.productName).join(", ")));
  for (const entry of shop.cart) {
    const label = t.editLine(
      entry.offer.productName,
      quantity(ctx, entry.steps, entry.offer.measure),
    );
    const values = { offer: entry.offer.offerId, by: listKinds.cart, ref: 0, page: 0 };
    keyboard.push([button(ctx, label, openCard, values)]);
  }
  const total = euros(ctx, shop.summary.totalCents);
  keyboard.push([button(ctx, t.checkout(total), startCheckout, { session: shop.session.id })]);
  keyboard.push([
    button(ctx, confirmed ? t.dropChanges : t.emptyButton, clearCart, {}),
    button(ctx, t.catalogue, openHome, {}),
  ]);
  return { text: lines.join("\n"), keyboard };
}

async function needsConsent(ctx: BotContext): Promise<boolean> {
  if (canOrder(ctx.member)) return false;
  const text = ctx.t.customer.onboarding.needConsent;
  if (ctx.callbackQuery) await ctx.answerCbQuery(text, { show_alert: true });
  else await ctx.reply(text);
  return true;
}

/** `/panier`: show, change and empty the basket. */
export const cartFeature: Feature = {
  name: "customer-cart",
  commands: [cart],
  create() {
    const composer = new Composer<BotContext>();
    composer.command(namesOf(cart), async (ctx) => {
      if (await needsConsent(ctx)) return;
      await ctx.conversation.leave();
      await show(ctx, await cartView(ctx, await loadShop(ctx)));
    });
    composer.action(openCart.pattern, async (ctx) => {
      if (!(await parseButton(ctx, openCart)) || (await needsConsent(ctx))) return;
      await ctx.conversation.leave();
      await show(ctx, await cartView(ctx, await loadShop(ctx)));
    });
    composer.action(clearCart.pattern, async (ctx) => {
      if (!(await parseButton(ctx, clearCart)) || (await needsConsent(ctx))) return;
      const shop = await loadShop(ctx);
      await emptyCart(ctx.deps.db, ctx.member!.id, shop.session.id);
      await ctx.answerCbQuery(ctx.t.customerOrders.cart.emptied);
      await show(ctx, await cartView(ctx, await loadShop(ctx)));
    });
    return composer;
  },
};

export { needsConsent };
