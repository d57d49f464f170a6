import { startApp, type App } from "../../src/app.ts";
import { loadConfig } from "../../src/config.ts";
import { createLogger } from "../../src/logger.ts";
import type { FakeBotApi } from "../support/fake-bot-api.ts";
import { SimulatedUser } from "../support/simulated-user.ts";
import { testToken } from "../support/test-app.ts";
import type { TestDatabase } from "../support/test-database.ts";

export type RealTimeApp = {
  app: App;
  user(id: number, firstName?: string): SimulatedUser;
  stop(): Promise<void>;
};

/**
 * The real bot on the real clock, for tests of waits that Telegram imposes
 * (retry_after, backoff) and that the fake API measures in real time.
 */
export async function startRealTimeApp(
  api: FakeBotApi,
  database: TestDatabase,
  env: Record<string, string> = {},
): Promise<RealTimeApp> {
  const result = loadConfig({
    TELEGRAM_BOT_TOKEN: testToken,
    TELEGRAM_API_ROOT: api.apiRoot,
    DATABASE_URL: database.url,
    LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? "silent",
    OUTBOX_POLL_INTERVAL_MS: "20",
    OUTBOX_CHAT_INTERVAL_MS: "0",
    OUTBOX_MESSAGES_PER_SECOND: "30",
    SCHEDULER: "off",
    ...env,
  });
  if (!result.ok) throw new Error(result.errors.join("\n"));
  const app = await startApp(result.config, createLogger(result.config.logLevel, [testToken]));
  return {
    app,
    user: (id, firstName = `User${id}`) =>
      new SimulatedUser(api, { id, firstName, languageCode: "fr" }),
    stop: () => app.stop("test"),
  };
}
