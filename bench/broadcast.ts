import { Telegram } from "telegraf";
import { loadConfig } from "../src/config.ts";
import { openDatabase } from "../src/db/client.ts";
import { ensureDrive } from "../src/db/drive.ts";
import { applyMigrations } from "../src/db/migrate.ts";
import { countOutboxByStatus, enqueueMessages } from "../src/db/outbox.ts";
import { createLogger } from "../src/logger.ts";
import { createRelay } from "../src/notify/relay.ts";
import { startFakeBotApi } from "../test/support/fake-bot-api.ts";
import { createBenchDatabase } from "./database.ts";
import type { DatabaseKind } from "./params.ts";
import { median } from "./stats.ts";

const benchToken = "123456:AAFakeTokenForTheBenchOnly_0123456789";

export type BroadcastRun = {
  recipients: number;
  sent: number;
  tooManyRequests: number;
  /** Messages per second between the first and the last send. */
  steadyRate: number;
  /** Recipients over the time from the relay's start to the last send. */
  overallRate: number;
  seconds: number;
};

export type BroadcastFigures = {
  kind: DatabaseKind;
  recipients: number;
  runs: BroadcastRun[];
  limit: number;
  messagesPerSecond: number;
  steadyRatio: number;
  overallRatio: number;
  tooManyRequests: number;
  seconds: number;
};

/**
 * One broadcast of `recipients` messages through the outbox relay, with the relay settings
 * of a default deployment (config defaults) and the fake API enforcing Telegram's limits.
 */
export async function runBroadcast(
  kind: DatabaseKind,
  recipients: number,
  limits: { globalPerSecond: number; perChatPerSecond: number },
): Promise<BroadcastRun> {
  const api = await startFakeBotApi({ token: benchToken, limits });
  const database = await createBenchDatabase(kind);
  const parsed = loadConfig({ TELEGRAM_BOT_TOKEN: api.token, DATABASE_URL: database.url });
  if (!parsed.ok) throw new Error(parsed.errors.join("\n"));
  const config = parsed.config;
  await applyMigrations(config.databaseUrl);
  const db = await openDatabase(config.databaseUrl);
  try {
    const drive = await ensureDrive(db, config.drive);
    await db.member.createMany({
      data: Array.from({ length: recipients }, (_, i) => ({
        driveId: drive.id,
        telegramId: BigInt(700_000 + i),
        firstName: `Client${i}`,
      })),
    });
    const members = await db.member.findMany({ select: { id: true, telegramId: true } });
    await db.$transaction(async (tx) => {
      await enqueueMessages(
        tx,
        members.map((member) => ({
          chatId: member.telegramId,
          memberId: member.id,
          payload: { text: "La session est ouverte : à vos paniers !", parse_mode: "HTML" },
          reason: "broadcast",
        })),
      );
    });
    const telegram = new Telegram(api.token, { apiRoot: api.apiRoot, webhookReply: false });
    const relay = createRelay(db, telegram, createLogger("silent", []), config.outbox);
    const start = Date.now();
    relay.start();
    const sends = () => api.calls.filter((c) => c.method === "sendMessage" && c.response?.ok);
    let sentCount = 0;
    await api.waitFor(
      () => {
        sentCount = relay.stats.sent;
        return sentCount >= recipients;
      },
      (recipients / (limits.globalPerSecond * 0.5)) * 1000 + 30_000,
    );
    await relay.stop();
    const times = sends().map((call) => call.at);
    const first = Math.min(...times);
    const last = Math.max(...times);
    const statuses = await countOutboxByStatus(db);
    return {
      recipients,
      sent: statuses.sent ?? 0,
      tooManyRequests: api.stats.tooManyRequests,
      steadyRate: ((times.length - 1) / (last - first)) * 1000,
      overallRate: (times.length / (last - start)) * 1000,
      seconds: (last - start) / 1000,
    };
  } finally {
    await db.$disconnect();
    await database.drop();
    await api.close();
  }
}

/** Runs of one size; sizes over 1,000 run once, as they take minutes each. */
export async function measureBroadcast(
  kind: DatabaseKind,
  recipients: number,
  repetitions: number,
  limits: { globalPerSecond: number; perChatPerSecond: number },
): Promise<BroadcastFigures> {
  const runs: BroadcastRun[] = [];
  const count = recipients > 1000 ? 1 : repetitions;
  for (let rep = 0; rep < count; rep++) runs.push(await runBroadcast(kind, recipients, limits));
  const parsed = loadConfig({ TELEGRAM_BOT_TOKEN: benchToken });
  const messagesPerSecond = parsed.ok ? parsed.config.outbox.messagesPerSecond : Number.NaN;
  return {
    kind,
    recipients,
    runs,
    limit: limits.globalPerSecond,
    messagesPerSecond,
    steadyRatio: median(runs.map((run) => run.steadyRate)) / limits.globalPerSecond,
    overallRatio: median(runs.map((run) => run.overallRate)) / limits.globalPerSecond,
    tooManyRequests: runs.reduce((sum, run) => sum + run.tooManyRequests, 0),
    seconds: median(runs.map((run) => run.seconds)),
  };
}
