import { Composer } from "telegraf";
import {
  listCategoriesOnSale,
  listOffersIn,
  listProducersOnSale,
  type CatalogueGroup,
  type ShoppingSession,
} from "../../../db/catalogue.ts";
import { sharedReadsFor } from "../../../db/shared-reads.ts";
import { pageOf } from "../../../domain/checkout.ts";
import { priceForKind } from "../../../domain/pricing.ts";
import { formatStep } from "../../../domain/quantity.ts";
import type { BotContext } from "../../context.ts";
import type { Feature, MenuCommand } from "../../feature.ts";
import { namesOf } from "../../feature.ts";
import {
  listKinds,
  openCard,
  openCart,
  openCategories,
  openHome,
  openList,
  openProducers,
} from "./actions.ts";
import {
  canOrder,
  cartLabel,
  dateTime,
  euros,
  findCustomerSession,
  loadShop,
  placesOf,
  window,
  type Shop,
} from "./shopping.ts";
import { button, parseButton, show, type Keyboard, type View } from "./view.ts";

const pageSize = 8;

/** The farms or the categories on sale, read once for the updates asking at the same moment. */
function groupsOnSale(ctx: BotContext, shop: ShoppingSession, by: "producer" | "category") {
  const { db } = ctx.deps;
  const list = by === "producer" ? listProducersOnSale : listCategoriesOnSale;
  const key = `${by}sOnSale:${shop.session.id}:${shop.permanentOnly}`;
  return sharedReadsFor(db).read(key, () => list(db, shop));
}

const catalogue: MenuCommand = {
  fr: "catalogue",
  en: "catalog",
  roles: ["everyone"],
  description: (t) => t.customer.menu.catalogue,
};

/** The week's sale: when it closes, when and where to collect, and how to browse it. */
export async function homeView(ctx: BotContext, shop: Shop, heading?: string): Promise<View> {
  const t = ctx.t.customer.home;
  const { session } = shop;
  const pickup = window(ctx, session.pickupStartsAt, session.pickupEndsAt);
  const lines = heading ? [heading, ""] : [];
  if (shop.permanentOnly) lines.push(t.permanentOnly(pickup));
  else lines.push(t.title, t.closesAt(dateTime(ctx, session.closesAt)), t.pickup(pickup));
  lines.push(...(await placesOf(ctx, session.id)));
  if (!canOrder(ctx.member)) lines.push("", t.browseOnly);
  const keyboard: Keyboard = [
    [
      button(ctx, t.byProducer, openProducers, { page: 0 }),
      button(ctx, t.byCategory, openCategories, { page: 0 }),
    ],
  ];
  if (canOrder(ctx.member)) keyboard.push([button(ctx, cartLabel(ctx, shop), openCart, {})]);
  return { text: lines.join("\n"), keyboard };
}

function groupsView(
  ctx: BotContext,
  groups: CatalogueGroup[],
  page: number,
  by: "producer" | "category",
): View {
  const t = ctx.t.customer.lists;
  const current = pageOf(groups, page, pageSize);
  const keyboard: Keyboard = current.items.map((group) => [
    button(ctx, t.group(group.name, group.count), openList, {
      by: listKinds[by],
      ref: group.id,
      page: 0,
    }),
  ]);
  const pager = by === "producer" ? openProducers : openCategories;
  keyboard.push(
    pagerRow(ctx, current.page, current.pageCount, (p) => button(ctx, "", pager, { page: p })),
  );
  keyboard.push([button(ctx, t.back, openHome, {})]);
  const title = by === "producer" ? t.producers : t.categories;
  const text = groups.length === 0 ? ctx.t.customer.home.nothing : title;
  return {
    text: withPage(ctx, text, current.page, current.pageCount),
    keyboard: compact(keyboard),
  };
}

/** The list of one farm's or one category's products, each a button to its card. */
export async function offersView(
  ctx: BotContext,
  shop: Shop,
  by: number,
  ref: number,
  page: number,
): Promise<View | null> {
  const t = ctx.t.customer.lists;
  const filter = by === listKinds.producer ? { producerId: ref } : { categoryOfOfferId: ref };
  const { db } = ctx.deps;
  const key = `offersIn:${shop.session.id}:${shop.permanentOnly}:${JSON.stringify(filter)}`;
  const found = await sharedReadsFor(db).read(key, () => listOffersIn(db, shop, filter));
  if (!found) return null;
  const current = pageOf(found.offers, page, pageSize);
  const inCart = new Set(shop.cart.map((entry) => entry.offer.offerId));
  const keyboard: Keyboard = current.items.map((offer) => {
    const { priceCents } = priceForKind(offer, shop.kind);
    const soldOut = offer.remainingSteps !== null && offer.remainingSteps <= 0;
    const price = soldOut
      ? t.soldOut
      : `${euros(ctx, priceCents)} / ${formatStep(offer.measure, ctx.lang)}`;
    const label = t.offerButton(inCart.has(offer.offerId), offer.productName, price);
    return [button(ctx, label, openCard, { offer: offer.offerId, by, ref, page: current.page })];
  });
  keyboard.push(
    pagerRow(ctx, current.page, current.pageCount, (p) =>
      button(ctx, "", openList, { by, ref, page: p }),
    ),
  );
  const back = by === listKinds.producer ? openProducers : openCategories;
  keyboard.push([
    button(ctx, t.back, back, { page: 0 }),
    button(ctx, cartLabel(ctx, shop), openCart, {}),
  ]);
  const text = withPage(ctx, t.offers(found.title), current.page, current.pageCount);
  return { text, keyboard: compact(keyboard) };
}

function pagerRow(
  ctx: BotContext,
  page: number,
  pageCount: number,
  make: (page: number) => ReturnType<typeof button>,
) {
  const t = ctx.t.customer.lists;
  const row = [];
  if (page > 0) row.push({ ...make(page - 1), text: t.previous });
  if (page < pageCount - 1) row.push({ ...make(page + 1), text: t.next });
  return row;
}

function withPage(ctx: BotContext, text: string, page: number, pageCount: number): string {
  return pageCount > 1 ? `${text}\n${ctx.t.customer.lists.page(page + 1, pageCount)}` : text;
}

function compact(keyboard: Keyboard): Keyboard {
  return keyboard.filter((row) => row.length > 0);
}

/** `/catalogue` and its buttons: home, farms, categories, product lists. */
export const catalogueFeature: Feature = {
  name: "customer-catalogue",
  commands: [catalogue],
  create() {
    const composer = new Composer<BotContext>();
    composer.command(namesOf(catalogue), async (ctx) => {
      await show(ctx, await homeView(ctx, await loadShop(ctx)));
    });
    composer.action(openHome.pattern, async (ctx) => {
      if (!(await parseButton(ctx, openHome))) return;
      await show(ctx, await homeView(ctx, await loadShop(ctx)));
    });
    composer.action(openProducers.pattern, async (ctx) => {
      const values = await parseButton(ctx, openProducers);
      if (!values) return;
      const shop = await findCustomerSession(ctx);
      await show(
        ctx,
        groupsView(ctx, await groupsOnSale(ctx, shop, "producer"), values.page, "producer"),
      );
    });
    composer.action(openCategories.pattern, async (ctx) => {
      const values = await parseButton(ctx, openCategories);
      if (!values) return;
      const shop = await findCustomerSession(ctx);
      await show(
        ctx,
        groupsView(ctx, await groupsOnSale(ctx, shop, "category"), values.page, "category"),
      );
    });
    composer.action(openList.pattern, async (ctx) => {
      const values = await parseButton(ctx, openList);
      if (!values) return;
      const view = await offersView(ctx, await loadShop(ctx), values.by, values.ref, values.page);
      if (!view) {
        await ctx.answerCbQuery(ctx.t.customer.stale.closed);
        return;
      }
      await show(ctx, view);
    });
    return composer;
  },
};
