import { Telegraf } from "telegraf";
import { createCoreLoaders } from "../db/core-loaders.ts";
import type { UpdateTakeover } from "../db/updates.ts";
import type { BotContext, BotDeps } from "./context.ts";
import type { Feature } from "./feature.ts";
import { answerCallbacks } from "./middlewares/answer-callbacks.ts";
import { editOrReply } from "./middlewares/edit-or-reply.ts";
import { handleBotError } from "./middlewares/error-boundary.ts";
import { guardUpdates } from "./middlewares/guard-updates.ts";
import { loadMember } from "./middlewares/load-member.ts";
import { setupContext } from "./middlewares/setup-context.ts";

export type BotOptions = {
  token: string;
  apiRoot: string;
  takeover: UpdateTakeover;
  features: Feature[];
};

/** Builds the bot: the core middlewares, then each feature in its fixed order. */
export function createBot(options: BotOptions, deps: BotDeps): Telegraf<BotContext> {
  const bot = new Telegraf<BotContext>(options.token, {
    telegram: { apiRoot: options.apiRoot, webhookReply: false },
    handlerTimeout: 60_000,
  });
  bot.use(setupContext(deps));
  const core = createCoreLoaders(deps.db, deps.driveId, options.takeover);
  bot.use(guardUpdates(core));
  bot.use(loadMember(core));
  bot.use(answerCallbacks());
  bot.use(editOrReply());
  for (const feature of options.features) bot.use(feature.create(deps));
  bot.catch(handleBotError);
  return bot;
}
