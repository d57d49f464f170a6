import { request } from "node:http";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestApp, type TestApp } from "../support/test-app.ts";
import { freePort } from "./bot-process.ts";
import { report } from "./report.ts";

const secret = "webhook-secret-for-tests-0123";

type HttpAnswer = { status: number; body: string; ms: number };

function http(
  port: number,
  method: string,
  path: string,
  body?: unknown,
  headers: Record<string, string> = {},
): Promise<HttpAnswer> {
  const started = Date.now();
  const payload = body === undefined ? undefined : JSON.stringify(body);
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: "127.0.0.1",
        port,
        method,
        path,
        headers: { "content-type": "application/json", ...headers },
      },
      (res) => {
        let text = "";
        res.on("data", (chunk: Buffer) => (text += chunk.toString("utf8")));
        res.on("end", () =>
          resolve({ status: res.statusCode ?? 0, body: text, ms: Date.now() - started }),
        );
      },
    );
    req.on("error", reject);
    req.end(payload);
  });
}

describe("webhook mode", () => {
  let t: TestApp;
  let port: number;

  beforeAll(async () => {
    port = await freePort();
    t = await startTestApp({
      env: {
        BOT_MODE: "webhook",
        WEBHOOK_URL: `https://127.0.0.1:${port}/telegram/hook`,
        WEBHOOK_SECRET: secret,
        PORT: String(port),
      },
    });
  });

  afterAll(async () => {
    await t.stop();
  });

  const startUpdate = (updateId: number, userId: number) => ({
    update_id: updateId,
    message: {
      message_id: 1,
      date: Math.floor(Date.now() / 1000),
      chat: { id: userId, type: "private", first_name: "Rémi" },
      from: { id: userId, is_bot: false, first_name: "Rémi", language_code: "fr" },
      text: "/start",
      entities: [{ type: "bot_command", offset: 0, length: 6 }],
    },
  });

  it("registers the webhook with its secret and serves updates", async () => {
    expect(t.api.webhook?.url).toBe(`https://127.0.0.1:${port}/telegram/hook`);
    expect(t.api.webhook?.secretToken).toBe(secret);

    const reply = await t.user(9001, "Alice").command("start");

    expect(reply.text).toContain("Bonjour Alice");
    expect(t.api.webhook?.deliveries.every((delivery) => delivery.status === 200)).toBe(true);
  });

  it("refuses a request without the right secret with 401 and processes nothing", async () => {
    const before = await t.app.db.processedUpdate.count();
    const missing = await http(port, "POST", "/telegram/hook", startUpdate(90_001, 9002));
    const wrong = await http(port, "POST", "/telegram/hook", startUpdate(90_002, 9002), {
      "x-telegram-bot-api-secret-token": "not-the-secret-at-all-000",
    });

    expect(missing.status).toBe(401);
    expect(wrong.status).toBe(401);
    expect(await t.app.db.processedUpdate.count()).toBe(before);
    expect(await t.app.db.member.count({ where: { telegramId: 9002n } })).toBe(0);
    expect(t.api.sentTo(9002)).toHaveLength(0);
    report("webhook without the secret header", { requests: 2, status401: 2, processed: 0 });
  });

  it("answers quickly, and answers one update delivered twice only once", async () => {
    const headers = { "x-telegram-bot-api-secret-token": secret };
    const update = startUpdate(90_010, 9003);
    const [first, second] = await Promise.all([
      http(port, "POST", "/telegram/hook", update, headers),
      http(port, "POST", "/telegram/hook", update, headers),
    ]);
    const third = await http(port, "POST", "/telegram/hook", update, headers);

    expect([first.status, second.status, third.status]).toEqual([200, 200, 200]);
    const replies = t.api.sentTo(9003).filter((call) => call.method === "sendMessage");
    report("webhook: same update_id delivered three times", {
      deliveries: 3,
      handled: replies.length,
      duplicates: replies.length - 1,
      slowestAnswerMs: Math.max(first.ms, second.ms, third.ms),
    });
    expect(replies).toHaveLength(1);
    expect(Math.max(first.ms, second.ms, third.ms)).toBeLessThan(2000);
  });

  it("reports the database and the relay on /healthz", async () => {
    const health = await http(port, "GET", "/healthz");

    expect(health.status).toBe(200);
    const body = JSON.parse(health.body);
    expect(body).toMatchObject({ ok: true, database: "up", relay: "running" });
    expect(typeof body.outbox).toBe("object");
  });
});
