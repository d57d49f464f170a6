import { Composer } from "telegraf";
import type { BotContext } from "../context.ts";
import type { Feature, MenuCommand } from "../feature.ts";
import { namesOf } from "../feature.ts";

const cancel: MenuCommand = {
  fr: "annuler",
  en: "cancel",
  roles: ["everyone"],
  description: (t) => t.menu.cancel,
};

/** `/annuler`: leaves whatever conversation step the user is in. */
export const cancelFeature: Feature = {
  name: "cancel",
  commands: [cancel],
  create() {
    const composer = new Composer<BotContext>();
    composer.command(namesOf(cancel), async (ctx) => {
      if (!ctx.conversation.step) {
        await ctx.reply(ctx.t.common.nothingToCancel);
        return;
      }
      await ctx.conversation.leave();
      await ctx.reply(ctx.t.common.cancelled);
    });
    return composer;
  },
};
