import type { MiddlewareFn } from "telegraf";
import type { BotContext } from "../context.ts";
import { isUnchangedEdit, isUneditable } from "../telegram-errors.ts";

/**
 * Makes `ctx.editMessageText` safe for every button: the screen replaces the
 * message whose button was pressed when it can, and comes as a new message
 * when that one cannot take a text (a document, a photo, a message too old);
 * pressing a button twice, which would edit to the same text, does nothing.
 */
export function editOrReply(): MiddlewareFn<BotContext> {
  return async (ctx, next) => {
    if (!ctx.callbackQuery) return next();
    const edit = ctx.editMessageText.bind(ctx);
    type Text = Parameters<BotContext["reply"]>[0];
    const reply = (text: Text, extra: unknown) => ctx.reply(text, extra as never);
    const safeEdit = async (...[text, extra]: Parameters<typeof edit>) => {
      const message = ctx.callbackQuery?.message;
      if (!message || !("text" in message)) return reply(text, extra);
      try {
        return await edit(text, extra);
      } catch (error) {
        if (isUnchangedEdit(error)) return true;
        if (isUneditable(error)) return reply(text, extra);
        throw error;
      }
    };
    ctx.editMessageText = safeEdit as typeof ctx.editMessageText;
    return next();
  };
}
