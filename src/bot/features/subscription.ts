import { Composer } from "telegraf";
import { setNewsletterOptIn } from "../../db/subscriptions.ts";
import type { BotContext } from "../context.ts";
import { namesOf, type Feature, type MenuCommand } from "../feature.ts";

const unsubscribe: MenuCommand = {
  fr: "desabonner",
  en: "unsubscribe",
  roles: ["customer", "producer", "volunteer"],
  description: (t) => t.broadcast.menu.unsubscribe,
};
const subscribe: MenuCommand = {
  fr: "abonner",
  en: "subscribe",
  roles: ["customer", "producer", "volunteer"],
  description: (t) => t.broadcast.menu.subscribe,
};

/**
 * `/desabonner` and `/abonner`: every member can stop and resume the newsletter and general
 * announcements; messages about their own orders are not affected.
 */
export const subscriptionFeature: Feature = {
  name: "subscription",
  commands: [unsubscribe, subscribe],
  create(deps) {
    const composer = new Composer<BotContext>();
    const setOptIn = (optIn: boolean) => async (ctx: BotContext) => {
      const member = ctx.member;
      if (!member || member.erasedAt) return ctx.reply(ctx.t.common.notRegistered);
      const changed = await setNewsletterOptIn(deps.db, member.id, optIn);
      ctx.log.info({ optIn, changed }, "newsletter subscription");
      const b = ctx.t.broadcast;
      if (optIn) return ctx.reply(changed ? b.subscribed : b.alreadySubscribed);
      return ctx.reply(changed ? b.unsubscribed : b.alreadyUnsubscribed);
    };
    composer.command(namesOf(unsubscribe), setOptIn(false));
    composer.command(namesOf(subscribe), setOptIn(true));
    return composer;
  },
};
