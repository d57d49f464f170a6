import { Composer, Markup } from "telegraf";
import { scheduleOf } from "../../../db/drive-schedule.ts";
import { findOpenSession } from "../../../db/sessions.ts";
import { countSessionOrders } from "../../../db/reminders.ts";
import {
  currentOrNextCycle,
  formatDateTime,
  formatPickupWindow,
} from "../../../domain/calendar.ts";
import { closeSessionNow } from "../../../jobs/close-session.ts";
import { sendNewsletter } from "../../../jobs/newsletter.ts";
import { openSessionNow } from "../../../jobs/open-session.ts";
import { defineAction } from "../../callback-data.ts";
import type { BotContext } from "../../context.ts";
import { namesOf, type MenuCommand } from "../../feature.ts";
import { requireRole } from "../../roles.ts";
import { pressedData } from "./schedule-view.ts";

export const openCommand: MenuCommand = {
  fr: "ouvrir",
  en: "open",
  roles: ["coordinator"],
  description: (t) => t.schedule.menu.open,
};
export const closeCommand: MenuCommand = {
  fr: "fermer",
  en: "close",
  roles: ["coordinator"],
  description: (t) => t.schedule.menu.close,
};

const confirmOpen = defineAction("sopen", [] as const);
const confirmClose = defineAction("sclose", ["session"] as const);
const keepAsIs = defineAction("skeep", [] as const);

function when(ctx: BotContext, instant: Date): string {
  return formatDateTime(instant, ctx.drive.timezone, ctx.lang);
}

/** `/ouvrir` and `/fermer`: a question with a "Oui" button, then the change. */
export function registerOpenClose(composer: Composer<BotContext>): void {
  const coordinator = requireRole("coordinator");
  const no = (ctx: BotContext) =>
    Markup.button.callback(ctx.t.common.no, keepAsIs.pack(ctx.callbackKey, {}));

  composer.command(namesOf(openCommand), coordinator, async (ctx) => {
    const open = await findOpenSession(ctx.deps.db, ctx.deps.driveId);
    if (open)
      return ctx.reply(ctx.t.schedule.alreadyOpen(when(ctx, open.closesAt)), {
        parse_mode: "HTML",
      });
    const cycle = currentOrNextCycle(scheduleOf(ctx.drive), ctx.deps.now());
    const pickup = formatPickupWindow(
      cycle.pickupStartsAt,
      cycle.pickupEndsAt,
      ctx.drive.timezone,
      ctx.lang,
    );
    const yes = Markup.button.callback(
      ctx.t.schedule.yesOpen,
      confirmOpen.pack(ctx.callbackKey, {}),
    );
    await ctx.reply(ctx.t.schedule.openConfirm(when(ctx, cycle.closesAt), pickup), {
      parse_mode: "HTML",
      reply_markup: Markup.inlineKeyboard([[yes, no(ctx)]]).reply_markup,
    });
  });

  composer.command(namesOf(closeCommand), coordinator, async (ctx) => {
    const open = await findOpenSession(ctx.deps.db, ctx.deps.driveId);
    if (!open) return ctx.reply(ctx.t.schedule.noneOpen);
    const data = confirmClose.pack(ctx.callbackKey, { session: open.id });
    const yes = Markup.button.callback(ctx.t.schedule.yesClose, data);
    await ctx.reply(ctx.t.schedule.closeConfirm(when(ctx, open.closesAt)), {
      parse_mode: "HTML",
      reply_markup: Markup.inlineKeyboard([[yes, no(ctx)]]).reply_markup,
    });
  });

  composer.action(confirmOpen.pattern, coordinator, async (ctx) => {
    if (!confirmOpen.parse(ctx.callbackKey, pressedData(ctx))) {
      return ctx.answerCbQuery(ctx.t.common.staleButton);
    }
    const now = ctx.deps.now();
    const result = await openSessionNow(ctx.deps, now);
    await ctx.answerCbQuery();
    if (!result.opened) {
      return ctx.editMessageText(ctx.t.schedule.alreadyOpen(when(ctx, result.session.closesAt)), {
        parse_mode: "HTML",
      });
    }
    ctx.log.info({ sessionId: result.session.id }, "session opened by hand");
    await sendNewsletter(ctx.deps, now);
    await ctx.editMessageText(ctx.t.schedule.opened(when(ctx, result.session.closesAt)), {
      parse_mode: "HTML",
    });
  });

  composer.action(confirmClose.pattern, coordinator, async (ctx) => {
    const values = confirmClose.parse(ctx.callbackKey, pressedData(ctx));
    const open = await findOpenSession(ctx.deps.db, ctx.deps.driveId);
    if (!values || !open || open.id !== values.session) {
      await ctx.answerCbQuery();
      return ctx.editMessageText(ctx.t.schedule.noneOpen);
    }
    const result = await closeSessionNow(ctx.deps, ctx.deps.now());
    await ctx.answerCbQuery();
    if (!result.closed) return ctx.editMessageText(ctx.t.schedule.noneOpen);
    ctx.log.info({ sessionId: result.session.id }, "session closed by hand");
    const orders = await countSessionOrders(ctx.deps.db, result.session.id);
    await ctx.editMessageText(ctx.t.schedule.closed(orders));
  });

  composer.action(keepAsIs.pattern, coordinator, async (ctx) => {
    await ctx.answerCbQuery();
    await ctx.editMessageText(ctx.t.schedule.unchanged);
  });
}
