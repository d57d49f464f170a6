import { Markup } from "telegraf";
import type { InlineKeyboardButton } from "telegraf/types";
import type { CallbackAction } from "../../callback-data.ts";
import type { BotContext } from "../../context.ts";

export type Keyboard = InlineKeyboardButton[][];

/** A screen of the customer area: one message that buttons edit in place. */
export type View = { text: string; keyboard: Keyboard };

export function button<F extends readonly string[]>(
  ctx: BotContext,
  label: string,
  action: CallbackAction<F>,
  values: { [K in F[number]]: number },
): InlineKeyboardButton {
  return Markup.button.callback(label, action.pack(ctx.callbackKey, values));
}

/**
 * Shows a view: a button edits its own message, so browsing never floods the chat;
 * typed text and commands get a new message.
 */
export async function show(ctx: BotContext, view: View): Promise<void> {
  const extra = { parse_mode: "HTML" as const, reply_markup: { inline_keyboard: view.keyboard } };
  if (ctx.callbackQuery?.message) {
    try {
      await ctx.editMessageText(view.text, extra);
      return;
    } catch (error) {
      // The same screen again: nothing to change. Any other failure (a message too old
      // to edit) falls back to a new message.
      if (String(error).includes("message is not modified")) return;
      ctx.log.warn({ err: error }, "could not edit the message, sending a new one");
    }
  }
  await ctx.reply(view.text, extra);
}

/** Parses a button's data; null when the bot did not make it for this user, answered here. */
export async function parseButton<F extends readonly string[]>(
  ctx: BotContext,
  action: CallbackAction<F>,
): Promise<{ [K in F[number]]: number } | null> {
  const data = ctx.callbackQuery && "data" in ctx.callbackQuery ? ctx.callbackQuery.data : "";
  const values = action.parse(ctx.callbackKey, data);
  if (!values) {
    ctx.log.info({ prefix: action.prefix }, "refused a button not made for this user");
    await ctx.answerCbQuery(ctx.t.common.staleButton);
  }
  return values;
}
