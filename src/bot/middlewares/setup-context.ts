import type { MiddlewareFn } from "telegraf";
import type { BotContext, BotDeps } from "../context.ts";

/** Hands the dependencies to the update, with a logger that names it. */
export function setupContext(deps: BotDeps): MiddlewareFn<BotContext> {
  return async (ctx, next) => {
    ctx.deps = deps;
    ctx.log = deps.logger.child({ updateId: ctx.update.update_id, userId: ctx.from?.id });
    const started = performance.now();
    try {
      await next();
    } finally {
      const ms = Math.round((performance.now() - started) * 10) / 10;
      ctx.log.info({ type: ctx.updateType, ms, memberId: ctx.member?.id }, "update handled");
    }
  };
}
