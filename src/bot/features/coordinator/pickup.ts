import { Composer, Markup } from "telegraf";
import { formatEuros } from "../../../domain/money.ts";
import { isOrderCode, normalizeOrderCode } from "../../../domain/order-code.ts";
import { splitMessage } from "../../../domain/split-message.ts";
import { findClosedSession, findPackingOrder } from "../../../db/packing.ts";
import { buildPickupReport, markOrderCollected, searchSessionOrders } from "../../../db/pickup.ts";
import type { BotContext } from "../../context.ts";
import { onStepText } from "../../conversation.ts";
import { namesOf, type Feature, type MenuCommand } from "../../feature.ts";
import { requireRole } from "../../roles.ts";
import { crateLabelOf } from "./packing-documents.ts";
import { collectOrder, dataOf, pickupReport, showOrder } from "./pickup-actions.ts";
import { formatDay } from "./pickup-dates.ts";
import { installPickupPayments } from "./pickup-payments.ts";
import { pickupSearchStep, showOrderView } from "./pickup-view.ts";

const pickupCommand: MenuCommand = {
  fr: "retrait",
  en: "pickup",
  roles: ["volunteer", "coordinator"],
  description: (t) => t.pickup.menu,
};

/** `/retrait`: find a crate by code, number or name; collect it; take the payment. */
export const pickupFeature: Feature = {
  name: "pickup",
  commands: [pickupCommand],
  create() {
    const composer = new Composer<BotContext>();
    const staff = requireRole("volunteer", "coordinator");

    composer.command(namesOf(pickupCommand), staff, async (ctx) => {
      const session = await findClosedSession(ctx.deps.db, ctx.drive.id);
      if (!session) return ctx.reply(ctx.t.pickup.noSession);
      const query = ctx.payload.trim();
      if (/^(fin|end)$/i.test(query)) return replyReport(ctx, session.id);
      await ctx.conversation.enter(pickupSearchStep, { sessionId: session.id });
      if (query) return search(ctx, session.id, query);
      const report = pickupReport.pack(ctx.callbackKey, { session: session.id });
      await ctx.reply(ctx.t.pickup.prompt, {
        parse_mode: "HTML",
        ...Markup.inlineKeyboard([[Markup.button.callback(ctx.t.pickup.buttons.report, report)]]),
      });
    });

    composer.action(showOrder.pattern, staff, async (ctx) => {
      const values = showOrder.parse(ctx.callbackKey, dataOf(ctx));
      if (!values) return ctx.answerCbQuery(ctx.t.common.staleButton);
      await showOrderView(ctx, values.order, "edit");
    });

    composer.action(collectOrder.pattern, staff, async (ctx) => {
      const values = collectOrder.parse(ctx.callbackKey, dataOf(ctx));
      const order = values ? await findPackingOrder(ctx.deps.db, ctx.drive.id, values.order) : null;
      if (!order) return ctx.answerCbQuery(ctx.t.common.staleButton);
      const done = await markOrderCollected(ctx.deps.db, order.id, ctx.deps.now());
      ctx.log.info({ orderId: order.id, done }, "order collected");
      await ctx.answerCbQuery(done ? ctx.t.pickup.collectedDone : ctx.t.pickup.alreadyCollected);
      await showOrderView(ctx, order.id, "edit");
    });

    composer.action(pickupReport.pattern, staff, async (ctx) => {
      const values = pickupReport.parse(ctx.callbackKey, dataOf(ctx));
      const session = values
        ? await ctx.deps.db.session.findFirst({
            where: { id: values.session, driveId: ctx.drive.id },
          })
        : null;
      if (!session) return ctx.answerCbQuery(ctx.t.common.staleButton);
      await ctx.answerCbQuery();
      await replyReport(ctx, session.id);
    });

    installPickupPayments(composer, staff);

    onStepText(composer, pickupSearchStep, async (ctx) => {
      const sessionId = Number(ctx.conversation.data.sessionId);
      await search(ctx, sessionId, ctx.message.text);
    });

    return composer;
  },
};

async function search(ctx: BotContext, sessionId: number, text: string): Promise<void> {
  const code = normalizeOrderCode(text);
  const digits = /^\s*n?[°o]?\s*(\d{1,4})\s*$/i.exec(text);
  const matches = await searchSessionOrders(ctx.deps.db, sessionId, {
    ...(isOrderCode(code) ? { code } : {}),
    ...(digits ? { crateNumber: Number(digits[1]) } : { name: text }),
  });
  if (matches.length === 0) {
    await ctx.reply(ctx.t.pickup.notFound(text.slice(0, 60)), { parse_mode: "HTML" });
    return;
  }
  if (matches.length === 1) return showOrderView(ctx, matches[0]!.id, "reply");
  const buttons = matches
    .slice(0, 10)
    .map((match) => [
      Markup.button.callback(
        ctx.t.pickup.matchButton(crateLabelOf(match), match.name, match.code),
        showOrder.pack(ctx.callbackKey, { order: match.id }),
      ),
    ]);
  await ctx.reply(ctx.t.pickup.several(matches.length), {
    parse_mode: "HTML",
    ...Markup.inlineKeyboard(buttons),
  });
}

async function replyReport(ctx: BotContext, sessionId: number): Promise<void> {
  const session = await ctx.deps.db.session.findUniqueOrThrow({ where: { id: sessionId } });
  const report = await buildPickupReport(ctx.deps.db, sessionId);
  const r = ctx.t.pickup.report;
  const euros = (cents: number) => formatEuros(cents, ctx.lang);
  const out = [r.title(formatDay(session.pickupStartsAt, ctx.drive.timezone, ctx.lang))];
  if (report.notCollected.length === 0) out.push(r.allCollected);
  else {
    out.push(r.notCollected(report.notCollected.length));
    for (const order of report.notCollected) {
      out.push(r.crate(crateLabelOf(order), order.name, order.code));
    }
  }
  if (report.unpaid.length === 0) out.push(r.allPaid);
  else {
    out.push(r.unpaid(report.unpaid.length, euros(report.unpaidTotalCents)));
    for (const order of report.unpaid) {
      out.push(r.due(crateLabelOf(order), order.name, euros(order.dueCents)));
    }
  }
  // 250 crates do not fit one message; splitMessage cuts between lines.
  for (const part of splitMessage(out.join("\n"))) await ctx.reply(part, { parse_mode: "HTML" });
}
