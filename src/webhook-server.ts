import { timingSafeEqual } from "node:crypto";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { Telegraf } from "telegraf";
import type { Update } from "telegraf/types";
import type { BotContext } from "./bot/context.ts";
import type { Db } from "./db/client.ts";
import { countOutboxByStatus } from "./db/outbox.ts";
import type { Logger } from "./logger.ts";
import type { Relay } from "./notify/relay.ts";

export type WebhookServer = { port: number; close(): Promise<void> };

type WebhookMode = { url: string; secret: string; port: number };

const maxBodyBytes = 1_000_000;

/**
 * Serves Telegram's webhook and /healthz. A request without the right
 * secret header gets 401 and is not processed; an update is answered once
 * handled, and a redelivered one is ignored by the update guard.
 */
export async function startWebhookServer(
  bot: Telegraf<BotContext>,
  db: Db,
  relay: Relay,
  mode: WebhookMode,
  logger: Logger,
): Promise<WebhookServer> {
  const path = new URL(mode.url).pathname;
  let closing = false;
  const inFlight = new Set<Promise<void>>();

  const server = createServer((req, res) => {
    if (req.method === "GET" && req.url === "/healthz") {
      void health(db, relay).then(
        (body) => send(res, 200, body),
        (error: unknown) => send(res, 503, { ok: false, database: String(error) }),
      );
      return;
    }
    if (req.method !== "POST" || req.url !== path) return send(res, 404, { ok: false });
    if (!hasSecret(req, mode.secret)) return send(res, 401, { ok: false });
    if (closing) return send(res, 503, { ok: false });
    const work = handle(req, res).finally(() => inFlight.delete(work));
    inFlight.add(work);
  });

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    let update: Update;
    try {
      update = JSON.parse(await readBody(req)) as Update;
    } catch {
      return send(res, 400, { ok: false });
    }
    try {
      await bot.handleUpdate(update);
    } catch (error) {
      // Handler errors end in bot.catch; this is the guard or the database failing. A 500
      // makes Telegram deliver the update again later, and the guard keeps that idempotent.
      logger.error({ err: error, updateId: update.update_id }, "webhook update failed");
      return send(res, 500, { ok: false });
    }
    send(res, 200, { ok: true });
  }

  await new Promise<void>((resolve) => server.listen(mode.port, "0.0.0.0", resolve));
  const address = server.address();
  const port = typeof address === "object" && address ? address.port : mode.port;
  await bot.telegram.setWebhook(mode.url, {
    secret_token: mode.secret,
    drop_pending_updates: false,
  });
  logger.info({ port, path }, "webhook listening");

  return {
    port,
    async close() {
      closing = true;
      await Promise.all(inFlight);
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

function hasSecret(req: IncomingMessage, secret: string): boolean {
  const given = req.headers["x-telegram-bot-api-secret-token"];
  if (typeof given !== "string" || given.length !== secret.length) return false;
  return timingSafeEqual(Buffer.from(given), Buffer.from(secret));
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > maxBodyBytes) throw new Error("body too large");
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString("utf8");
}

async function health(db: Db, relay: Relay): Promise<Record<string, unknown>> {
  const outbox = await countOutboxByStatus(db);
  return { ok: true, database: "up", relay: relay.running ? "running" : "stopped", outbox };
}

function send(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { "content-type": "application/json" });
  res.end(JSON.stringify(body, (_, value) => (typeof value === "bigint" ? Number(value) : value)));
}
