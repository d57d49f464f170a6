import type { Composer } from "telegraf";
import { Markup } from "telegraf";
import type { InlineKeyboardButton, PhotoSize } from "telegraf/types";
import type { CallbackAction } from "../../callback-data.ts";
import type { BotContext } from "../../context.ts";
import { requireRole } from "../../roles.ts";

/** A screen: HTML text and its buttons, shown as a new message or edited in place. */
export type View = { text: string; buttons: InlineKeyboardButton[][] };

type Values<F extends readonly string[]> = { [K in F[number]]: number };

/** The farm the producer acts for; requireRole("producer") guarantees there is one. */
export function farmOf(ctx: BotContext): number {
  return ctx.member!.producerId!;
}

/** Replaces the message under a pressed button, or sends a new one for a command or text. */
export async function show(ctx: BotContext, view: View): Promise<void> {
  const extra = { parse_mode: "HTML" as const, ...Markup.inlineKeyboard(view.buttons) };
  if (ctx.callbackQuery) {
    try {
      await ctx.editMessageText(view.text, extra);
      return;
    } catch (error) {
      if (/message is not modified/i.test(String(error))) return;
      ctx.log.warn({ err: error }, "could not edit the message, sending a new one");
    }
  }
  await ctx.reply(view.text, extra);
}

export function button<F extends readonly string[]>(
  ctx: BotContext,
  label: string,
  action: CallbackAction<F>,
  values: Values<F>,
): InlineKeyboardButton {
  return Markup.button.callback(label, action.pack(ctx.callbackKey, values));
}

/**
 * Registers a producer button: the role is checked, then the signed data; a stale or forged
 * one is answered and changes nothing. Handlers still check that ids are the farm's.
 */
export function onProducerAction<F extends readonly string[]>(
  composer: Composer<BotContext>,
  action: CallbackAction<F>,
  handler: (ctx: BotContext, values: Values<F>) => Promise<unknown>,
): void {
  composer.action(action.pattern, requireRole("producer"), async (ctx) => {
    const data = "data" in ctx.callbackQuery ? ctx.callbackQuery.data : "";
    const values = action.parse(ctx.callbackKey, data);
    if (!values) {
      await ctx.answerCbQuery(ctx.t.common.staleButton);
      return;
    }
    await handler(ctx, values);
  });
}

/** Answers a pressed button with a short notice (up to 200 characters), as a pop-up. */
export async function alert(ctx: BotContext, text: string): Promise<void> {
  if (ctx.callbackQuery) await ctx.answerCbQuery(text.slice(0, 200), { show_alert: true });
  else await ctx.reply(text, { parse_mode: "HTML" });
}

/** The file id of the biggest size Telegram made of a photo, the one worth showing later. */
export function largestPhoto(sizes: PhotoSize[]): string | null {
  let best: PhotoSize | undefined;
  for (const size of sizes) {
    if (!best || size.width * size.height > best.width * best.height) best = size;
  }
  return best?.file_id ?? null;
}
