import type { MiddlewareFn } from "telegraf";
import type { BotContext } from "../context.ts";

/**
 * Answers every callback query that a handler left unanswered, so the
 * client never spins. Handlers that have something to say answer it themselves.
 */
export function answerCallbacks(): MiddlewareFn<BotContext> {
  return async (ctx, next) => {
    if (!ctx.callbackQuery) return next();
    let answered = false;
    const answer = ctx.answerCbQuery.bind(ctx);
    ctx.answerCbQuery = (...args) => {
      answered = true;
      return answer(...args);
    };
    // On an error the boundary answers with its apology instead.
    await next();
    if (!answered) await answer().catch(() => undefined);
  };
}
