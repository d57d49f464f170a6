import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openDatabase, type Db } from "../../src/db/client.ts";
import { ensureDrive } from "../../src/db/drive.ts";
import { applyMigrations } from "../../src/db/migrate.ts";
import { enqueueMessages } from "../../src/db/outbox.ts";
import { startFakeBotApi, type FakeBotApi } from "../support/fake-bot-api.ts";
import { SimulatedUser } from "../support/simulated-user.ts";
import { testToken } from "../support/test-app.ts";
import { createTestDatabase, type TestDatabase } from "../support/test-database.ts";
import { killBot, sendsPerChat, spawnBot, type BotProcess } from "./bot-process.ts";
import { report } from "./report.ts";

const outboxChats = Array.from({ length: 60 }, (_, i) => 7_000_000 + i);
const users = Array.from({ length: 8 }, (_, i) => 7_100_000 + i);
const secretText = "texte-secret-42 mon numéro 06 12 34 56 78";

describe("graceful shutdown on SIGTERM and SIGINT", () => {
  let api: FakeBotApi;
  let database: TestDatabase;
  let db: Db;
  const bots: BotProcess[] = [];

  beforeAll(async () => {
    api = await startFakeBotApi({ token: testToken });
    database = await createTestDatabase();
    await applyMigrations(database.url);
    db = await openDatabase(database.url);
    await ensureDrive(db, { name: "Drive test", timezone: "Europe/Paris" });
  });

  afterAll(async () => {
    for (const bot of bots) await killBot(bot);
    await db.$disconnect();
    await api.close();
    await database.drop();
  });

  it("finishes updates in hand, leaves no claimed row, loses nothing, logs no text", async () => {
    await enqueueMessages(
      db,
      outboxChats.map((chat) => ({
        chatId: BigInt(chat),
        payload: { text: "Rappel" },
        reason: "test",
      })),
    );
    const first = spawnBot(api.apiRoot, database.url);
    bots.push(first);
    await first.waitForLog("bot started");
    api.setLatency(150, "sendMessage");
    await api.waitFor(() => sendsPerChat(api.calls).size >= 5);

    const updateIds = users.map((id) => {
      const user = new SimulatedUser(api, { id, firstName: `Léa<${id}>` });
      return api.pushUpdate({
        message: {
          message_id: api.nextMessageId(id),
          from: user.from,
          chat: user.chat,
          date: Math.floor(Date.now() / 1000),
          text: secretText,
        },
      });
    });
    await api.waitFor(() => api.calls.some((call) => users.includes(call.chatId ?? 0)));
    first.child.kill("SIGTERM");
    const exit = await first.exited;
    expect(exit.code).toBe(0);

    const sendingAfterStop = await db.outboxMessage.count({ where: { status: "sending" } });
    const unfinished = await db.processedUpdate.count({ where: { doneAt: null } });
    const marked = await db.outboxMessage.count({ where: { status: "sent" } });
    const delivered = outboxChats.filter((chat) => sendsPerChat(api.calls).has(chat)).length;
    expect(sendingAfterStop).toBe(0);
    expect(unfinished).toBe(0);
    // Every send that reached Telegram was recorded before the process exited.
    expect(marked).toBe(delivered);

    api.setLatency(0, "sendMessage");
    const second = spawnBot(api.apiRoot, database.url);
    bots.push(second);
    await second.waitForLog("bot started");
    for (const id of updateIds) await api.waitForProcessed(id, 20_000);
    await api.waitFor(() => outboxChats.every((chat) => sendsPerChat(api.calls).has(chat)), 20_000);
    second.child.kill("SIGINT");
    expect((await second.exited).code).toBe(0);

    const counts = sendsPerChat(api.calls);
    const lost = [...outboxChats, ...users].filter((chat) => !counts.has(chat)).length;
    const duplicates = [...outboxChats, ...users].reduce(
      (sum, chat) => sum + Math.max(0, (counts.get(chat) ?? 0) - 1),
      0,
    );
    const logs = first.output() + second.output();
    report("SIGTERM during sends and updates, then restart", {
      outboxMessages: outboxChats.length,
      updates: users.length,
      sentBeforeStop: delivered,
      leftSending: sendingAfterStop,
      lost,
      duplicates,
    });
    expect(lost).toBe(0);
    expect(duplicates).toBe(0);
    expect(logs).toContain('"msg":"stopped"');
    expect(logs).not.toContain("texte-secret-42");
    expect(logs).not.toContain("06 12 34 56 78");
  }, 90_000);
});
