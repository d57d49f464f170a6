import { Composer } from "telegraf";
import type { BotContext } from "../context.ts";
import type { Feature } from "../feature.ts";

/** Last in line: whatever nobody handled gets a helpful answer, never silence. */
export const fallbackFeature: Feature = {
  name: "fallback",
  commands: [],
  create() {
    const composer = new Composer<BotContext>();
    composer.on("callback_query", async (ctx) => {
      await ctx.answerCbQuery(ctx.t.common.staleButton);
    });
    composer.on("message", async (ctx) => {
      if (ctx.chat.type !== "private") return;
      const text = "text" in ctx.message ? ctx.message.text : "";
      await ctx.reply(ctx.t.common.unknownText(text.slice(0, 60)), { parse_mode: "HTML" });
    });
    return composer;
  },
};
