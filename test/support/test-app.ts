import { startApp, type App } from "../../src/app.ts";
import type { Feature } from "../../src/bot/feature.ts";
import { loadConfig, type Config } from "../../src/config.ts";
import { createLogger } from "../../src/logger.ts";
import { startFakeBotApi, type FakeBotApi } from "./fake-bot-api.ts";
import { SimulatedUser } from "./simulated-user.ts";
import { TestClock } from "./test-clock.ts";
import { createTestDatabase, type TestDatabase } from "./test-database.ts";

export const testToken = "123456:AAFakeTokenForTheTestsOnly_0123456789";

export type TestAppOptions = {
  /** The fake clock's start; the real time when absent. */
  now?: Date | string;
  /** More environment variables (BOT_MODE, OUTBOX_…). */
  env?: Record<string, string>;
  /** An API already running (to restart the bot against the same one). */
  api?: FakeBotApi;
  /** A database already used (to restart on the same data). */
  database?: TestDatabase;
  /** Only these features instead of the whole bot (the bench's core-only bot). */
  features?: Feature[];
};

export type TestApp = {
  api: FakeBotApi;
  app: App;
  config: Config;
  database: TestDatabase;
  clock: TestClock;
  user(id: number, firstName?: string, languageCode?: string): SimulatedUser;
  /** Stops the bot only, keeping the API and the database for a restart. */
  stopBot(): Promise<void>;
  /** Stops everything and drops the database. */
  stop(): Promise<void>;
};

/** Starts the real bot against the fake Bot API, on a fresh database. */
export async function startTestApp(options: TestAppOptions = {}): Promise<TestApp> {
  const api = options.api ?? (await startFakeBotApi({ token: testToken }));
  const database = options.database ?? (await createTestDatabase());
  const clock = new TestClock(options.now ?? new Date());
  const result = loadConfig({
    TELEGRAM_BOT_TOKEN: testToken,
    TELEGRAM_API_ROOT: api.apiRoot,
    DATABASE_URL: database.url,
    LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? "silent",
    OUTBOX_POLL_INTERVAL_MS: "20",
    OUTBOX_CHAT_INTERVAL_MS: "0",
    OUTBOX_MESSAGES_PER_SECOND: "30",
    SCHEDULER: "off",
    ...options.env,
  });
  if (!result.ok) throw new Error(result.errors.join("\n"));
  const config = result.config;
  const logger = createLogger(config.logLevel, [testToken]);
  const app = await startApp(config, logger, {
    now: clock.now,
    ...(options.features ? { features: options.features } : {}),
  });
  let botStopped = false;
  const stopBot = async () => {
    if (botStopped) return;
    botStopped = true;
    await app.stop("test");
  };
  return {
    api,
    app,
    config,
    database,
    clock,
    user: (id, firstName = `User${id}`, languageCode = "fr") =>
      new SimulatedUser(api, { id, firstName, languageCode }),
    stopBot,
    async stop() {
      await stopBot();
      if (!options.api) await api.close();
      if (!options.database) await database.drop();
    },
  };
}
