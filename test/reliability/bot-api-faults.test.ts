import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { enqueueMessages } from "../../src/db/outbox.ts";
import type { ApiCall } from "../support/bot-api-types.ts";
import { startFakeBotApi, type FakeBotApi } from "../support/fake-bot-api.ts";
import { testToken } from "../support/test-app.ts";
import { createTestDatabase, type TestDatabase } from "../support/test-database.ts";
import { startRealTimeApp, type RealTimeApp } from "./real-time-app.ts";
import { report } from "./report.ts";

const ok = (call: ApiCall) => call.response?.ok === true;

describe("the Bot API answering 429, 403, 500 or nothing at all", () => {
  let api: FakeBotApi;
  let database: TestDatabase;
  let t: RealTimeApp;

  beforeAll(async () => {
    api = await startFakeBotApi({ token: testToken });
    database = await createTestDatabase();
    t = await startRealTimeApp(api, database, {
      OUTBOX_SEND_TIMEOUT_MS: "1000",
      OUTBOX_CLAIM_LEASE_MS: "6000",
    });
  });

  afterAll(async () => {
    await t.stop();
    await api.close();
    await database.drop();
  });

  const enqueue = (chatId: number, memberId: number | null = null) =>
    enqueueMessages(t.app.db, [
      { chatId: BigInt(chatId), memberId, payload: { text: `Pour ${chatId}` }, reason: "test" },
    ]);

  it("waits retry_after on a 429, and keeps answering others meanwhile", async () => {
    api.failNext({ method: "sendMessage", chatId: 8001, status: 429, retryAfter: 1 });
    await enqueue(8001);
    await api.waitFor(() => api.sentTo(8001).length === 1);
    const reply = await t.user(8002, "Nora").command("start");
    expect(reply.text).toContain("Bonjour Nora");
    await api.waitFor(() => api.sentTo(8001).filter(ok).length === 1, 5_000);

    const [refused, accepted] = api.sentTo(8001);
    const waitedMs = accepted!.at - refused!.at;
    const answeredDuringPause = reply.calls.find((call) => call.method === "sendMessage")!.at;
    report("Bot API answers 429 retry_after=1", {
      sends: 2,
      lost: 0,
      waitedMs,
      otherUserAnsweredAfterMs: answeredDuringPause - refused!.at,
    });
    expect(refused!.response?.ok).toBe(false);
    expect(waitedMs).toBeGreaterThanOrEqual(1000);
    expect(answeredDuringPause).toBeLessThan(refused!.at + 1000);
  });

  it("marks a member who blocked the bot unreachable and skips them afterwards", async () => {
    const blocked = await t.app.db.member.create({
      data: { driveId: t.app.deps.driveId, telegramId: 8101n, firstName: "Paul" },
    });
    api.block(8101);
    await enqueue(8101, blocked.id);
    await expect
      .poll(
        async () =>
          (await t.app.db.member.findUnique({ where: { id: blocked.id } }))?.unreachableAt,
      )
      .not.toBeNull();
    const callsBefore = api.sentTo(8101).length;

    await enqueue(8101, blocked.id);
    await enqueue(8102);
    await api.waitFor(() => api.sentTo(8102).filter(ok).length === 1);
    await expect
      .poll(() => t.app.db.outboxMessage.count({ where: { chatId: 8101n, status: "unreachable" } }))
      .toBe(2);
    report("Bot API answers 403 (blocked)", {
      sendsTriedToBlocked: api.sentTo(8101).length,
      sendsAfterMarkedUnreachable: api.sentTo(8101).length - callsBefore,
    });
    expect(api.sentTo(8101).length).toBe(callsBefore);
    api.unblock(8101);
  });

  it("retries after a 500 with a backoff, and sends once", async () => {
    api.failNext({ method: "sendMessage", chatId: 8201, status: 500 });
    await enqueue(8201);
    await api.waitFor(() => api.sentTo(8201).filter(ok).length === 1, 8_000);
    const [failed, sent] = api.sentTo(8201);
    await expect
      .poll(
        async () => (await t.app.db.outboxMessage.findFirst({ where: { chatId: 8201n } }))?.status,
      )
      .toBe("sent");
    const row = await t.app.db.outboxMessage.findFirstOrThrow({ where: { chatId: 8201n } });
    report("Bot API answers 500", {
      sends: api.sentTo(8201).length,
      delivered: api.sentTo(8201).filter(ok).length,
      backoffMs: sent!.at - failed!.at,
      lost: 0,
    });
    expect(sent!.at - failed!.at).toBeGreaterThanOrEqual(2000);
    expect(row.attempts).toBe(2);
  });

  it("gives up on a send that hangs, answers others meanwhile, and sends it later", async () => {
    api.hang("sendPhoto");
    await enqueueMessages(t.app.db, [
      {
        chatId: 8301n,
        method: "sendPhoto",
        payload: { photo: "https://example.org/panier.jpg", caption: "Le panier" },
        reason: "test",
      },
    ]);
    await api.waitFor(() => api.sentTo(8301).length === 1);
    const started = Date.now();
    const reply = await t.user(8302, "Hugo").command("start");
    const answeredInMs = Date.now() - started;
    expect(reply.text).toContain("Bonjour Hugo");
    await expect
      .poll(
        async () =>
          (await t.app.db.outboxMessage.findFirst({ where: { chatId: 8301n } }))?.lastError,
      )
      .toContain("no answer");
    api.unhang();
    await api.waitFor(() => api.sentTo(8301).filter(ok).length >= 2, 10_000);
    await expect
      .poll(
        async () => (await t.app.db.outboxMessage.findFirst({ where: { chatId: 8301n } }))?.status,
      )
      .toBe("sent");
    report("Bot API hangs on a send", {
      otherUserAnsweredInMs: answeredInMs,
      lost: 0,
      // The hung request was answered once released: Telegram may deliver a send we gave up on.
      duplicates: api.sentTo(8301).filter(ok).length - 1,
    });
    expect(answeredInMs).toBeLessThan(2000);
  });
});
