import { request } from "node:http";
import type { IncomingHttpHeaders } from "node:http";

import type { ApiParams, Update, WebhookInfo } from "./bot-api-types.ts";
import { realNow, sleepReal } from "./real-clock.ts";
import { parseRequestParams, readBody } from "./request-params.ts";

export interface WebhookRetryOptions {
  /** Further attempts after a non-2xx answer; Telegram keeps trying, tests rarely want that. */
  retries: number;
  retryDelayMs: number;
}

export type WebhookReplyHandler = (method: string, params: ApiParams) => Promise<void>;

const LOOPBACK_HOSTS = new Set(["127.0.0.1", "localhost", "[::1]"]);

/**
 * POSTs one update to the bot's webhook like Telegram, then runs the method the bot may have
 * put in its answer (telegraf's webhookReply). Resolves once the bot has answered for good.
 */
export async function deliverToWebhook(
  webhook: WebhookInfo,
  update: Update,
  options: WebhookRetryOptions,
  signal: AbortSignal,
  onReply: WebhookReplyHandler,
): Promise<void> {
  for (let attempt = 1; attempt <= options.retries + 1 && !signal.aborted; attempt += 1) {
    const answer = await postJson(webhook, update, signal).catch(() => undefined);
    const status = answer?.status ?? 0;
    webhook.deliveries.push({ updateId: update.update_id, attempt, status, at: realNow() });

    if (answer !== undefined && status >= 200 && status < 300) {
      await runWebhookReply(answer.headers, answer.body, onReply);
      return;
    }
    if (attempt <= options.retries) await sleepReal(options.retryDelayMs, signal);
  }
}

interface HttpAnswer {
  status: number;
  headers: IncomingHttpHeaders;
  body: Buffer;
}

function postJson(webhook: WebhookInfo, update: Update, signal: AbortSignal): Promise<HttpAnswer> {
  const url = new URL(webhook.url);
  // The fake has no TLS: telegraf's createWebhook always says https, so a loopback URL is
  // reached over plain http, where the test's webhook server listens.
  if (url.protocol === "https:" && LOOPBACK_HOSTS.has(url.hostname)) url.protocol = "http:";

  const body = JSON.stringify(update);
  const headers: Record<string, string> = {
    "content-type": "application/json",
    "content-length": String(Buffer.byteLength(body)),
  };
  if (webhook.secretToken !== undefined) {
    headers["x-telegram-bot-api-secret-token"] = webhook.secretToken;
  }

  return new Promise((resolve, reject) => {
    const outgoing = request(url, { method: "POST", headers, signal }, (incoming) => {
      const status = incoming.statusCode ?? 0;
      readBody(incoming).then(
        (answer) => resolve({ status, headers: incoming.headers, body: answer }),
        reject,
      );
    });
    outgoing.on("error", reject);
    outgoing.end(body);
  });
}

async function runWebhookReply(
  headers: IncomingHttpHeaders,
  body: Buffer,
  onReply: WebhookReplyHandler,
): Promise<void> {
  if (body.length === 0) return;
  const params = await parseRequestParams(new URL("http://webhook.local/"), headers, body).catch(
    () => undefined,
  );
  const method = params?.method;
  if (params === undefined || typeof method !== "string") return;
  delete params.method;
  await onReply(method, params);
}
