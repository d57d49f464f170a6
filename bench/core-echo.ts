import { Composer } from "telegraf";
import type { BotContext } from "../src/bot/context.ts";
import type { Feature } from "../src/bot/feature.ts";

/**
 * The echo bot's handlers as the only feature of the real bot: what the core middlewares
 * (update guard, member, conversation, logging) cost by themselves, with no feature's query.
 */
export const coreEchoFeature: Feature = {
  name: "bench-echo",
  commands: [],
  create() {
    const composer = new Composer<BotContext>();
    composer.on("text", (ctx) => ctx.reply(ctx.message.text));
    composer.on("callback_query", (ctx) => ctx.answerCbQuery("ok"));
    return composer;
  },
};
