import { Composer } from "telegraf";
import { isShoppable } from "../../../db/catalogue.ts";
import { cancelOrder } from "../../../db/cancel-order.ts";
import {
  copyOrderIntoCart,
  findMemberOrder,
  listMemberOrders,
  type OrderDetail,
} from "../../../db/orders.ts";
import { summarizeCart } from "../../../domain/pricing.ts";
import type { Unit } from "../../../domain/values.ts";
import type { BotContext } from "../../context.ts";
import type { Feature, MenuCommand } from "../../feature.ts";
import { namesOf } from "../../feature.ts";
import { askCancelOrder, cancelOrderNow, changeOrder, openOrder, openOrders } from "./actions.ts";
import { cartView, needsConsent } from "./cart.ts";
import { summaryLines } from "./cart-view.ts";
import { dateTime, euros, loadShop, window } from "./shopping.ts";
import { button, parseButton, show, type Keyboard, type View } from "./view.ts";

const orders: MenuCommand = {
  fr: "commandes",
  en: "orders",
  roles: ["customer"],
  description: (t) => t.customer.menu.orders,
};

function pickupDay(ctx: BotContext, at: Date): string {
  const full = window(ctx, at, at);
  return full.slice(0, full.indexOf(","));
}

async function ordersView(ctx: BotContext): Promise<View> {
  const t = ctx.t.customerOrders.orders;
  const list = await listMemberOrders(ctx.deps.db, ctx.member!.id);
  if (list.length === 0) return { text: t.none, keyboard: [] };
  const lines = [t.title];
  const keyboard: Keyboard = [];
  for (const order of list) {
    const day = pickupDay(ctx, order.session.pickupStartsAt);
    const status = t.status[order.status] ?? order.status;
    lines.push(t.line(day, order.code, status, euros(ctx, order.totalCents)));
    keyboard.push([button(ctx, t.button(order.code, day), openOrder, { order: order.id })]);
  }
  return { text: lines.join("\n"), keyboard };
}

function pickupLine(ctx: BotContext, order: OrderDetail): string {
  const slot = order.pickupSlot;
  const start = slot?.startsAt ?? order.session.pickupStartsAt;
  const end = slot?.endsAt ?? order.session.pickupEndsAt;
  const place = slot
    ? ctx.t.customer.home.place(slot.pickupPoint.name, slot.pickupPoint.address)
    : "";
  return ctx.t.customerOrders.checkout.pickup(window(ctx, start, end), place);
}

/** One order: its lines, total, pickup, and while the sale is open, change and cancel. */
export function orderView(ctx: BotContext, order: OrderDetail, note?: string): View {
  const t = ctx.t.customerOrders.orders;
  const summary = summarizeCart(
    order.lines.map((line) => ({
      offer: {
        offerId: line.offerId,
        productId: 0,
        producerId: line.producer.id,
        producerName: line.producer.name,
        productName: line.offer.product.name,
        priceCents: line.unitPriceCents,
        measure: { unit: line.offer.product.unit as Unit, stepSize: line.offer.product.stepSize },
        kindPrices: [],
        remainingSteps: null,
      },
      steps: line.steps,
    })),
    "household",
  );
  const measures = new Map(
    order.lines.map((line) => [
      line.offerId,
      { unit: line.offer.product.unit as Unit, stepSize: line.offer.product.stepSize },
    ]),
  );
  const status = t.status[order.status] ?? order.status;
  const lines = [note, t.detailTitle(order.code, status)].filter((line): line is string =>
    Boolean(line),
  );
  lines.push(...summaryLines(ctx, summary, (id) => measures.get(id)!, order.creditUsedCents), "");
  lines.push(pickupLine(ctx, order));
  const keyboard: Keyboard = [];
  const open = order.status === "confirmed" && isShoppable(order.session, true);
  if (open) {
    lines.push(ctx.t.customerOrders.checkout.deadline(dateTime(ctx, order.session.closesAt)));
    keyboard.push([
      button(ctx, t.change, changeOrder, { order: order.id }),
      button(ctx, t.cancel, askCancelOrder, { order: order.id }),
    ]);
  } else if (order.status === "confirmed") {
    lines.push(t.closed);
  }
  keyboard.push([button(ctx, t.back, openOrders, {})]);
  return { text: lines.join("\n"), keyboard };
}

/** The member's order named by a button, or a short answer when it is not theirs. */
async function ownOrder(ctx: BotContext, orderId: number): Promise<OrderDetail | null> {
  const order = await findMemberOrder(ctx.deps.db, ctx.member!.id, orderId);
  if (!order) {
    ctx.log.warn({ orderId }, "button named an order that is not the member's");
    await ctx.answerCbQuery(ctx.t.customer.stale.notYours, { show_alert: true });
  }
  return order;
}

/** After the close nothing changes; the answer says so and when to collect. */
async function refuseIfClosed(ctx: BotContext, order: OrderDetail): Promise<boolean> {
  if (order.status === "confirmed" && isShoppable(order.session, true)) return false;
  const t = ctx.t.customerOrders.orders;
  const text = order.status === "cancelled" ? t.alreadyCancelled : t.tooLate;
  await ctx.answerCbQuery(text);
  await show(ctx, orderView(ctx, order, text));
  return true;
}

/** `/commandes`: history, details, change and cancel. */
export const ordersFeature: Feature = {
  name: "customer-orders",
  commands: [orders],
  create() {
    const composer = new Composer<BotContext>();
    composer.command(namesOf(orders), async (ctx) => {
      if (await needsConsent(ctx)) return;
      await show(ctx, await ordersView(ctx));
    });
    composer.action(openOrders.pattern, async (ctx) => {
      if (!(await parseButton(ctx, openOrders)) || (await needsConsent(ctx))) return;
      await show(ctx, await ordersView(ctx));
    });
    composer.action(openOrder.pattern, async (ctx) => {
      const values = await parseButton(ctx, openOrder);
      if (!values || (await needsConsent(ctx))) return;
      const order = await ownOrder(ctx, values.order);
      if (order) await show(ctx, orderView(ctx, order));
    });
    composer.action(changeOrder.pattern, async (ctx) => {
      const values = await parseButton(ctx, changeOrder);
      if (!values || (await needsConsent(ctx))) return;
      const order = await ownOrder(ctx, values.order);
      if (!order || (await refuseIfClosed(ctx, order))) return;
      await copyOrderIntoCart(ctx.deps.db, ctx.member!.id, order.session.id);
      await show(ctx, await cartView(ctx, await loadShop(ctx)));
    });
    composer.action(askCancelOrder.pattern, async (ctx) => {
      const values = await parseButton(ctx, askCancelOrder);
      if (!values || (await needsConsent(ctx))) return;
      const order = await ownOrder(ctx, values.order);
      if (!order || (await refuseIfClosed(ctx, order))) return;
      const t = ctx.t.customerOrders.orders;
      await show(ctx, {
        text: t.askCancel(order.code, euros(ctx, order.totalCents)),
        keyboard: [
          [
            button(ctx, t.yesCancel, cancelOrderNow, { order: order.id }),
            button(ctx, t.noKeep, openOrder, { order: order.id }),
          ],
        ],
      });
    });
    composer.action(cancelOrderNow.pattern, async (ctx) => {
      const values = await parseButton(ctx, cancelOrderNow);
      if (!values || (await needsConsent(ctx))) return;
      const { db, now } = ctx.deps;
      const result = await cancelOrder(db, {
        memberId: ctx.member!.id,
        orderId: values.order,
        now: now(),
      });
      ctx.log.info({ orderId: values.order, ok: result.ok }, "order cancellation");
      const order = await findMemberOrder(db, ctx.member!.id, values.order);
      if (!order) {
        await ctx.answerCbQuery(ctx.t.customer.stale.notYours, { show_alert: true });
        return;
      }
      const t = ctx.t.customerOrders.orders;
      if (result.ok) {
        await show(ctx, orderView(ctx, order, t.cancelled(result.code)));
        return;
      }
      await refuseIfClosed(ctx, order);
    });
    return composer;
  },
};
