import type { Composer, NarrowedContext } from "telegraf";
import type { Message, Update } from "telegraf/types";
import type { BotContext } from "./context.ts";

export type TextContext = NarrowedContext<BotContext, Update.MessageUpdate<Message.TextMessage>>;

/**
 * Handles plain text typed while the user is at `step` of a conversation.
 * Commands are left to their handlers, so /annuler or /aide always work.
 */
export function onStepText(
  composer: Composer<BotContext>,
  step: string,
  handler: (ctx: TextContext) => Promise<unknown>,
): void {
  composer.on("text", async (ctx, next) => {
    if (ctx.conversation.step !== step || ctx.message.text.startsWith("/")) return next();
    await handler(ctx);
  });
}
