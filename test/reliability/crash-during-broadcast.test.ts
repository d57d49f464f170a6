import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openDatabase, type Db } from "../../src/db/client.ts";
import { ensureDrive } from "../../src/db/drive.ts";
import { applyMigrations } from "../../src/db/migrate.ts";
import { startFakeBotApi, type FakeBotApi } from "../support/fake-bot-api.ts";
import { testToken } from "../support/test-app.ts";
import { createTestDatabase, type TestDatabase } from "../support/test-database.ts";
import { killBot, sendsPerChat, spawnBot, type BotProcess } from "./bot-process.ts";
import { report } from "./report.ts";

const recipients = 600;
const firstChat = 5_000_000;

/** 600 members and one broadcast queued for them, as the broadcast job writes it. */
async function queueBroadcast(db: Db, driveId: number): Promise<number> {
  const chats = Array.from({ length: recipients }, (_, i) => firstChat + i);
  await db.member.createMany({
    data: chats.map((chat) => ({ driveId, telegramId: BigInt(chat), firstName: `M${chat}` })),
  });
  const members = await db.member.findMany({
    where: { driveId },
    select: { id: true, telegramId: true },
  });
  const broadcast = await db.broadcast.create({
    data: { driveId, audience: "everyone", text: "La séance est ouverte !", status: "sending" },
  });
  await db.outboxMessage.createMany({
    data: members.map((member) => ({
      chatId: member.telegramId,
      memberId: member.id,
      broadcastId: broadcast.id,
      payload: JSON.stringify({ text: "La séance est ouverte !" }),
      reason: "broadcast",
    })),
  });
  return broadcast.id;
}

describe("a crash in the middle of a 600-recipient broadcast", () => {
  let api: FakeBotApi;
  let database: TestDatabase;
  let db: Db;
  const bots: BotProcess[] = [];

  beforeAll(async () => {
    api = await startFakeBotApi({ token: testToken });
    database = await createTestDatabase();
    await applyMigrations(database.url);
    db = await openDatabase(database.url);
  });

  afterAll(async () => {
    for (const bot of bots) await killBot(bot);
    await db.$disconnect();
    await api.close();
    await database.drop();
  });

  it("skips no recipient after kill -9 and restart, repeating at most one in flight", async () => {
    const drive = await ensureDrive(db, { name: "Drive test", timezone: "Europe/Paris" });
    const broadcastId = await queueBroadcast(db, drive.id);

    const first = spawnBot(api.apiRoot, database.url);
    bots.push(first);
    await api.waitFor(() => sendsPerChat(api.calls).size >= 150, 30_000);
    first.child.kill("SIGKILL");
    const killed = await first.exited;
    expect(killed.signal).toBe("SIGKILL");
    const sentBeforeCrash = sendsPerChat(api.calls).size;
    const leftSending = await db.outboxMessage.count({ where: { broadcastId, status: "sending" } });

    const second = spawnBot(api.apiRoot, database.url);
    bots.push(second);
    await api.waitFor(() => sendsPerChat(api.calls).size === recipients, 40_000);
    await expect
      .poll(() => db.outboxMessage.count({ where: { broadcastId, status: "sent" } }), {
        timeout: 10_000,
      })
      .toBe(recipients);
    await killBot(second);

    const counts = sendsPerChat(api.calls);
    const lost = Array.from({ length: recipients }, (_, i) => firstChat + i).filter(
      (chat) => !counts.has(chat),
    ).length;
    const duplicates = [...counts.values()].reduce((sum, n) => sum + n - 1, 0);
    report("kill -9 during a 600-recipient broadcast", {
      recipients,
      sentBeforeCrash,
      claimedAtCrash: leftSending,
      lost,
      duplicates,
    });
    expect(lost).toBe(0);
    // Only a message whose send had left but whose "sent" mark had not been written can repeat.
    expect(duplicates).toBeLessThanOrEqual(2);
    expect(await db.outboxMessage.count({ where: { broadcastId, status: { not: "sent" } } })).toBe(
      0,
    );
  }, 90_000);
});
