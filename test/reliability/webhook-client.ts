import { request } from "node:http";
import type { FakeBotApi } from "../support/fake-bot-api.ts";

/** POSTs an update to a bot's webhook as Telegram would, and resolves with the HTTP status. */
export function postUpdate(port: number, path: string, secret: string, update: unknown) {
  const body = JSON.stringify(update);
  return new Promise<number>((resolve, reject) => {
    const req = request(
      {
        host: "127.0.0.1",
        port,
        path,
        method: "POST",
        headers: {
          "content-type": "application/json",
          "x-telegram-bot-api-secret-token": secret,
        },
      },
      (res) => {
        res.resume();
        res.on("end", () => resolve(res.statusCode ?? 0));
      },
    );
    req.on("error", reject);
    req.end(body);
  });
}

let nextUpdateId = 1_000_000;

/** A text message from a private chat, with the bot_command entity when it starts with "/". */
export function textUpdate(api: FakeBotApi, userId: number, text: string, updateId?: number) {
  const command = /^\/\w+/.exec(text)?.[0];
  return {
    update_id: updateId ?? nextUpdateId++,
    message: {
      message_id: api.nextMessageId(userId),
      date: Math.floor(Date.now() / 1000),
      chat: { id: userId, type: "private", first_name: `U${userId}` },
      from: { id: userId, is_bot: false, first_name: `U${userId}`, language_code: "fr" },
      text,
      ...(command
        ? { entities: [{ type: "bot_command", offset: 0, length: command.length }] }
        : {}),
    },
  };
}

/** A button press on the newest bot message in the user's chat. */
export function pressUpdate(api: FakeBotApi, userId: number, data: string) {
  const message = api.messagesIn(userId).at(-1);
  if (!message) throw new Error(`no message in chat ${userId}`);
  return {
    update_id: nextUpdateId++,
    callback_query: {
      id: `cbq-${userId}-${nextUpdateId}`,
      from: { id: userId, is_bot: false, first_name: `U${userId}`, language_code: "fr" },
      message: structuredClone(message.raw),
      chat_instance: `instance-${userId}`,
      data,
    },
  };
}
