import { randomUUID } from "node:crypto";
import type { Telegraf } from "telegraf";
import { createBot } from "./bot/create-bot.ts";
import { createCallbackSigner } from "./bot/callback-data.ts";
import type { BotContext, BotDeps } from "./bot/context.ts";
import type { Feature } from "./bot/feature.ts";
import { features as allFeatures } from "./bot/features.ts";
import { Menu, publishMenus } from "./bot/menus.ts";
import type { Config } from "./config.ts";
import { openDatabase, type Db } from "./db/client.ts";
import { ensureDrive } from "./db/drive.ts";
import { applyMigrations } from "./db/migrate.ts";
import type { Logger } from "./logger.ts";
import { createRelay, type Relay } from "./notify/relay.ts";
import { startScheduler, type Scheduler } from "./jobs/scheduler.ts";
import { startWebhookServer, type WebhookServer } from "./webhook-server.ts";

export type AppOptions = {
  /** The clock; tests pass a fake one. */
  now?: () => Date;
  random?: () => number;
  /** The bot's features; all of them by default (the bench measures the core with one). */
  features?: Feature[];
};

export type App = {
  bot: Telegraf<BotContext>;
  db: Db;
  relay: Relay;
  deps: BotDeps;
  /** The weekly jobs; absent with SCHEDULER=off (tests run the jobs with their fake clock). */
  scheduler?: Scheduler;
  webhook?: WebhookServer;
  /** Stops taking updates, finishes those in hand, stops the relay, closes the database. */
  stop(reason: string): Promise<void>;
};

/** Starts everything in order: database → bot → relay → updates (polling or webhook). */
export async function startApp(
  config: Config,
  logger: Logger,
  options: AppOptions = {},
): Promise<App> {
  const applied = await applyMigrations(config.databaseUrl);
  if (applied.length > 0) logger.info({ applied }, "migrations applied");
  const db = await openDatabase(config.databaseUrl);
  const drive = await ensureDrive(db, config.drive);
  const processId = `bot-${randomUUID().slice(0, 8)}`;
  const features = options.features ?? allFeatures;

  const deps: BotDeps = {
    db,
    logger,
    now: options.now ?? (() => new Date()),
    random: options.random ?? Math.random,
    driveId: drive.id,
    signer: createCallbackSigner(config.telegram.token),
    menu: new Menu(features.flatMap((feature) => feature.commands)),
  };
  const bot = createBot(
    {
      token: config.telegram.token,
      apiRoot: config.telegram.apiRoot,
      takeover: { processId, afterMs: config.mode.kind === "polling" ? 0 : 120_000 },
      features,
    },
    deps,
  );
  bot.botInfo = await bot.telegram.getMe();
  dropNulCharacters(bot);

  const relay = createRelay(db, bot.telegram, logger, { ...config.outbox, now: deps.now });
  relay.start();
  const scheduler = config.scheduler ? await startScheduler(deps, { now: deps.now }) : undefined;

  let updates: Promise<void> | undefined;
  let webhook: WebhookServer | undefined;
  if (config.mode.kind === "polling") {
    updates = bot.launch({ dropPendingUpdates: false }).catch((error: unknown) => {
      logger.fatal({ err: error }, "polling stopped on an error");
    });
  } else {
    webhook = await startWebhookServer(bot, db, relay, config.mode, logger);
  }
  void publishMenus(bot.telegram, db, drive.id, deps.menu, logger);
  logger.info({ mode: config.mode.kind, bot: bot.botInfo.username, processId }, "bot started");

  return {
    bot,
    db,
    relay,
    deps,
    ...(scheduler ? { scheduler } : {}),
    ...(webhook ? { webhook } : {}),
    async stop(reason) {
      logger.info({ reason }, "stopping");
      if (updates) {
        await stopPolling(bot, reason);
        await updates;
      }
      await webhook?.close();
      await scheduler?.stop();
      await relay.stop();
      await db.$disconnect();
      logger.info("stopped");
    },
  };
}

/**
 * telegraf refuses to stop while `launch` has not reached polling yet (it is
 * still calling deleteWebhook), so a stop right after start waits for it.
 */
async function stopPolling(bot: Telegraf<BotContext>, reason: string): Promise<void> {
  for (let attempt = 0; ; attempt++) {
    try {
      bot.stop(reason);
      return;
    } catch (error) {
      if (attempt >= 500) throw error;
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
  }
}

/**
 * PostgreSQL refuses U+0000 in text columns ("invalid byte sequence"), where
 * SQLite stores it; a user's text carrying one would fail on one database
 * only. It is removed from every string of an update before any handler sees
 * it, for polling and webhook alike (both go through handleUpdate).
 */
function dropNulCharacters(bot: Telegraf<BotContext>): void {
  const handle = bot.handleUpdate.bind(bot);
  bot.handleUpdate = (update, webhookResponse) => {
    const clean = JSON.stringify(update).includes("\\u0000")
      ? (JSON.parse(JSON.stringify(update), (_, value: unknown) =>
          typeof value === "string" ? value.replaceAll("\u0000", "") : value,
        ) as typeof update)
      : update;
    return handle(clean, webhookResponse);
  };
}
