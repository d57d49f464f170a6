import type { MiddlewareFn } from "telegraf";
import { finishUpdate, takeUpdate, type UpdateTakeover } from "../../db/updates.ts";
import type { BotContext } from "../context.ts";

/** Handles each update_id once, even when Telegram or a webhook retry sends it again. */
export function guardUpdates(takeover: UpdateTakeover): MiddlewareFn<BotContext> {
  return async (ctx, next) => {
    const { db, now } = ctx.deps;
    const updateId = ctx.update.update_id;
    if (!(await takeUpdate(db, updateId, now(), takeover))) {
      ctx.log.info("update already handled, ignored");
      return;
    }
    try {
      await next();
    } finally {
      await finishUpdate(db, updateId, now());
    }
  };
}
