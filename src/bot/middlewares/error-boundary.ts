import type { BotContext } from "../context.ts";
import { isUnchangedEdit } from "../telegram-errors.ts";

/**
 * The one place an error from a handler ends: it is logged with the update
 * id, and the user gets a short apology instead of silence.
 */
export async function handleBotError(error: unknown, ctx: BotContext): Promise<void> {
  const log = ctx.log ?? ctx.deps?.logger;
  if (isUnchangedEdit(error)) {
    log?.debug({ updateId: ctx.update.update_id }, "edit left the message unchanged");
    if (ctx.callbackQuery) await ctx.answerCbQuery().catch(() => undefined);
    return;
  }
  log?.error({ err: error, updateId: ctx.update.update_id }, "handler failed");
  const apology = ctx.t?.common.error ?? "Désolé, une erreur est survenue. Réessayez plus tard.";
  try {
    if (ctx.callbackQuery) await ctx.answerCbQuery(apology.slice(0, 200));
    else if (ctx.chat?.type === "private") await ctx.reply(apology);
  } catch (replyError) {
    log?.warn({ err: replyError }, "could not send the apology");
  }
}
