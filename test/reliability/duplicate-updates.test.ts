import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startFakeBotApi, type FakeBotApi } from "../support/fake-bot-api.ts";
import { startTestApp, testToken } from "../support/test-app.ts";
import { createTestDatabase, type TestDatabase } from "../support/test-database.ts";
import { freePort } from "./bot-process.ts";
import { report } from "./report.ts";

describe("the same update_id delivered twice", () => {
  let api: FakeBotApi;
  let database: TestDatabase;

  beforeAll(async () => {
    api = await startFakeBotApi({ token: testToken });
    database = await createTestDatabase();
  });

  afterAll(async () => {
    await api.close();
    await database.drop();
  });

  const update = (updateId: number, userId: number) => ({
    update_id: updateId,
    message: {
      message_id: updateId,
      date: Math.floor(Date.now() / 1000),
      chat: { id: userId, type: "private", first_name: "Jeanne" },
      from: { id: userId, is_bot: false, first_name: "Jeanne", language_code: "fr" },
      text: "/start",
      entities: [{ type: "bot_command", offset: 0, length: 6 }],
    },
  });

  it("is processed once across polling, a restart, and webhook mode", async () => {
    const polling = await startTestApp({ api, database });
    const ids = [6001, 6002, 6003];
    for (const id of ids) {
      api.pushUpdate(update(id, 60_000 + id));
      api.pushUpdate(update(id, 60_000 + id));
    }
    for (const id of ids) await api.waitForProcessed(id);
    await polling.stopBot();

    const port = await freePort();
    const webhook = await startTestApp({
      api,
      database,
      env: {
        BOT_MODE: "webhook",
        WEBHOOK_URL: `https://127.0.0.1:${port}/hook`,
        WEBHOOK_SECRET: "another-secret-for-tests-42",
        PORT: String(port),
      },
    });
    for (const id of ids) api.pushUpdate(update(id, 60_000 + id));
    for (const id of ids) await api.waitForProcessed(id);
    await webhook.stopBot();

    const replies = ids.map(
      (id) => api.sentTo(60_000 + id).filter((call) => call.method === "sendMessage").length,
    );
    report("same update_id delivered 3 times (twice by polling, once by webhook)", {
      updates: ids.length,
      deliveries: ids.length * 3,
      handled: replies.reduce((a, b) => a + b, 0),
      duplicates: replies.reduce((sum, n) => sum + Math.max(0, n - 1), 0),
      lost: replies.filter((n) => n === 0).length,
    });
    expect(replies).toEqual([1, 1, 1]);
  });
});
