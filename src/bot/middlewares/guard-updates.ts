import type { MiddlewareFn } from "telegraf";
import type { CoreLoaders } from "../../db/core-loaders.ts";
import type { BotContext } from "../context.ts";

/** Handles each update_id once, even when Telegram or a webhook retry sends it again. */
export function guardUpdates(core: CoreLoaders): MiddlewareFn<BotContext> {
  return async (ctx, next) => {
    const { now } = ctx.deps;
    const updateId = ctx.update.update_id;
    if (!(await core.takeUpdate(updateId, now()))) {
      ctx.log.info("update already handled, ignored");
      return;
    }
    try {
      await next();
    } finally {
      await core.finishUpdate(updateId, now());
    }
  };
}
