import type { Telegram } from "telegraf";
import { TelegramError } from "telegraf";
import type { ClaimedMessage } from "../db/outbox.ts";

export type DeliveryOutcome =
  | { kind: "sent" }
  | { kind: "rate_limited"; retryAfterMs: number; error: string }
  | { kind: "unreachable"; error: string }
  | { kind: "rejected"; error: string }
  | { kind: "transient"; error: string };

/** Sends one outbox row through the Bot API and says what came of it. */
export async function deliver(
  telegram: Telegram,
  message: ClaimedMessage,
  timeoutMs: number,
): Promise<DeliveryOutcome> {
  try {
    await withTimeout(send(telegram, message), timeoutMs);
    return { kind: "sent" };
  } catch (error) {
    return classify(error);
  }
}

function send(telegram: Telegram, message: ClaimedMessage): Promise<unknown> {
  const chatId = Number(message.chatId);
  const payload = JSON.parse(message.payload) as Record<string, unknown>;
  if (message.method === "sendDocument" && message.attachment) {
    const source = Buffer.from(message.attachment);
    const filename = message.attachmentName ?? "document";
    return telegram.sendDocument(chatId, { source, filename }, payload);
  }
  return telegram.callApi(
    message.method as "sendMessage",
    { chat_id: chatId, ...payload } as never,
  );
}

function classify(error: unknown): DeliveryOutcome {
  if (error instanceof TelegramError) {
    const description = `${error.code} ${error.description}`;
    if (error.code === 429) {
      const seconds = error.parameters?.retry_after ?? 5;
      return { kind: "rate_limited", retryAfterMs: seconds * 1000, error: description };
    }
    if (error.code === 403) return { kind: "unreachable", error: description };
    if (error.code >= 500) return { kind: "transient", error: description };
    if (/chat not found|user is deactivated/i.test(error.description)) {
      return { kind: "unreachable", error: description };
    }
    return { kind: "rejected", error: description };
  }
  const text = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  return { kind: "transient", error: text };
}

class DeliveryTimeoutError extends Error {
  override name = "DeliveryTimeoutError";
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new DeliveryTimeoutError(`no answer in ${ms} ms`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}
