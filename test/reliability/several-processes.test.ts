import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openDatabase, type Db } from "../../src/db/client.ts";
import { ensureDrive } from "../../src/db/drive.ts";
import { applyMigrations } from "../../src/db/migrate.ts";
import { enqueueMessages } from "../../src/db/outbox.ts";
import { erasePersonalData } from "../../src/db/personal-data.ts";
import { startFakeBotApi, type FakeBotApi } from "../support/fake-bot-api.ts";
import { testToken } from "../support/test-app.ts";
import { createTestDatabase, type TestDatabase } from "../support/test-database.ts";
import { freePort, killBot, spawnBot, type BotProcess } from "./bot-process.ts";
import { report } from "./report.ts";
import { postUpdate, textUpdate } from "./webhook-client.ts";

const secret = "concurrent-writers-secret-01";
const apology = "Désolé, quelque chose s’est mal passé";
const users = Array.from({ length: 40 }, (_, i) => 4_000_000 + i);

/**
 * Two bot processes and the test itself write to one database at once. Run on
 * PostgreSQL too (TEST_DATABASE=postgresql), where it is the two-process test.
 */
describe("several processes writing to one database", () => {
  let api: FakeBotApi;
  let database: TestDatabase;
  let db: Db;
  const bots: BotProcess[] = [];
  const ports: number[] = [];

  beforeAll(async () => {
    api = await startFakeBotApi({ token: testToken });
    database = await createTestDatabase();
    await applyMigrations(database.url);
    db = await openDatabase(database.url);
    await ensureDrive(db, { name: "Drive test", timezone: "Europe/Paris" });
    for (let i = 0; i < 2; i++) {
      const port = await freePort();
      ports.push(port);
      bots.push(
        spawnBot(api.apiRoot, database.url, {
          BOT_MODE: "webhook",
          WEBHOOK_URL: `https://127.0.0.1:${port}/hook`,
          WEBHOOK_SECRET: secret,
          PORT: String(port),
          // Long enough that no send times out on a loaded machine: a send given up on
          // may still reach Telegram, and this test counts claims, not timeouts.
          OUTBOX_SEND_TIMEOUT_MS: "10000",
          OUTBOX_CLAIM_LEASE_MS: "20000",
        }),
      );
    }
    await Promise.all(bots.map((bot) => bot.waitForLog("bot started", 30_000)));
  }, 60_000);

  afterAll(async () => {
    for (const bot of bots) await killBot(bot);
    await db.$disconnect();
    await api.close();
    await database.drop();
  });

  it("handles every update once, with no lock error reaching anyone", async () => {
    const seeded = await Promise.all(
      Array.from({ length: 60 }, (_, i) =>
        db.member.create({
          data: { driveId: 1, telegramId: BigInt(4_100_000 + i), firstName: `S${i}` },
        }),
      ),
    );

    // Both relays share one outbox: each message must leave once.
    const outboxChats = Array.from({ length: 200 }, (_, i) => 4_200_000 + i);
    await enqueueMessages(
      db,
      outboxChats.map((chat) => ({
        chatId: BigInt(chat),
        payload: { text: "Rappel" },
        reason: "t",
      })),
    );

    // Each user's /start goes to both processes (a webhook retry landing elsewhere), and a
    // second /start to one of them; meanwhile the test erases 60 members in transactions.
    const posts: Promise<number>[] = [];
    for (const [index, user] of users.entries()) {
      const first = textUpdate(api, user, "/start");
      posts.push(postUpdate(ports[0]!, "/hook", secret, first));
      posts.push(postUpdate(ports[1]!, "/hook", secret, first));
      posts.push(postUpdate(ports[index % 2]!, "/hook", secret, textUpdate(api, user, "/aide")));
    }
    const erasures = seeded.map((member) => erasePersonalData(db, member.id, new Date()));
    const [statuses, erased] = await Promise.all([Promise.all(posts), Promise.all(erasures)]);

    const replies = users.map(
      (user) => api.sentTo(user).filter((call) => call.response?.ok === true).length,
    );
    await api.waitFor(() => outboxChats.every((chat) => api.sentTo(chat).length > 0), 30_000);
    const outboxSends = outboxChats.map((chat) => api.sentTo(chat).length);
    const retried = await db.outboxMessage.count({ where: { reason: "t", attempts: { gt: 1 } } });
    const texts = api.calls.map((call) => JSON.stringify(call.params));
    const logs = bots.map((bot) => bot.output()).join("\n");
    const lockErrors = (logs.match(/database is locked|SQLITE_BUSY|deadlock/gi) ?? []).length;
    const apologies = texts.filter((text) => text.includes(apology)).length;
    report("two bot processes and a third writer on one database", {
      updates: users.length * 2,
      deliveries: posts.length,
      handled: replies.reduce((a, b) => a + b, 0),
      duplicates: replies.reduce((sum, n) => sum + Math.max(0, n - 2), 0),
      lost: replies.reduce((sum, n) => sum + Math.max(0, 2 - n), 0),
      outboxMessages: outboxChats.length,
      outboxSends: outboxSends.reduce((a, b) => a + b, 0),
      outboxRetried: retried,
      erasedConcurrently: erased.filter((result) => result.erased).length,
      lockErrors,
      apologies,
    });
    expect(statuses.every((status) => status === 200)).toBe(true);
    expect(replies.every((n) => n === 2)).toBe(true);
    expect(erased.every((result) => result.erased)).toBe(true);
    expect(await db.member.count({ where: { telegramId: { in: users.map(BigInt) } } })).toBe(40);
    expect(outboxSends.every((n) => n === 1)).toBe(true);
    expect(lockErrors).toBe(0);
    expect(apologies).toBe(0);
  }, 60_000);

  it("lets two processes run read-then-write transactions with no lock error", async () => {
    const run = (tag: number) =>
      promisify(execFile)(process.execPath, [
        "--import",
        "tsx",
        "test/reliability/transaction-writer.ts",
        database.url,
        String(tag),
        "60",
      ]);
    const results = await Promise.all([run(1), run(2)]);
    const outcomes = results.map(({ stdout }) => JSON.parse(stdout.trim().split("\n").at(-1)!));
    const failed = outcomes.reduce((sum, outcome) => sum + outcome.failed, 0);
    report("two processes, 60 interactive transactions each", {
      transactions: 120,
      failed,
      written: await db.member.count({ where: { firstName: { startsWith: "W" } } }),
    });
    expect(outcomes.flatMap((outcome) => outcome.errors)).toEqual([]);
    expect(failed).toBe(0);
    expect(await db.member.count({ where: { firstName: { startsWith: "W" } } })).toBe(120);
  }, 60_000);
});
