import { createServer } from "node:http";
import type { RequestListener, Server } from "node:http";
import type { AddressInfo } from "node:net";

import { Input, Markup, Telegraf, TelegramError } from "telegraf";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";

import { startFakeBotApi } from "../support/fake-bot-api.ts";
import type { FakeBotApi, FakeBotApiOptions } from "../support/fake-bot-api.ts";
import { SimulatedUser } from "../support/simulated-user.ts";

let api: FakeBotApi;
let bot: Telegraf;
let running: Promise<void> | undefined;
let webhookServer: Server | undefined;
const handledUpdateIds: number[] = [];

function createTinyBot(): Telegraf {
  const tiny = new Telegraf(api.token, { telegram: { apiRoot: api.apiRoot } });
  tiny.use((ctx, next) => {
    handledUpdateIds.push(ctx.update.update_id);
    return next();
  });
  tiny.command("start", (ctx) =>
    ctx.reply(
      "Bonjour",
      Markup.inlineKeyboard([
        Markup.button.callback("Voir les paniers", "baskets"),
        Markup.button.callback("Aide", "help"),
      ]),
    ),
  );
  tiny.action("baskets", async (ctx) => {
    await ctx.editMessageText("Deux paniers cette semaine");
    await ctx.answerCbQuery("C'est noté");
  });
  tiny.command("export", (ctx) =>
    ctx.replyWithDocument(Input.fromBuffer(Buffer.from("nom;qté\npoireaux;3\n"), "orders.csv"), {
      caption: "Commandes",
    }),
  );
  tiny.catch((error) => {
    throw error;
  });
  return tiny;
}

async function startBot(options: FakeBotApiOptions = {}): Promise<void> {
  api = await startFakeBotApi(options);
  bot = createTinyBot();
  running = bot.launch();
  // stop() throws until launch() has reached polling.
  await api.waitFor(() => api.callsOf("getUpdates").length > 0);
}

function alice(): SimulatedUser {
  return new SimulatedUser(api, { id: 1001, firstName: "Alice", username: "alice" });
}

beforeEach(() => {
  handledUpdateIds.length = 0;
  running = undefined;
  webhookServer = undefined;
});

afterEach(async () => {
  if (running !== undefined) {
    bot.stop();
    await running.catch(() => undefined);
  }
  webhookServer?.close();
  await api.close();
});

describe("the fake Bot API with a polling bot", () => {
  it("delivers commands with their entity so that bot.command matches", async () => {
    await startBot();
    const reply = await alice().command("start", "from-flyer");

    expect(reply.text).toBe("Bonjour");
    expect(reply.calls.map((call) => call.method)).toEqual(["sendMessage"]);
    expect(api.messagesIn(1001)[0]?.replyMarkup?.inline_keyboard?.[0]?.[0]?.text).toBe(
      "Voir les paniers",
    );
  });

  it("presses a button by label and shows the edit and the callback answer", async () => {
    await startBot();
    const user = alice();
    await user.send("/start");
    expect(user.buttons()).toEqual(["Voir les paniers", "Aide"]);

    const reply = await user.press("paniers");

    expect(reply.texts).toEqual(["Deux paniers cette semaine"]);
    expect(reply.callbackAnswered).toBe(true);
    expect(reply.callbackAnswer).toEqual({ text: "C'est noté", show_alert: undefined });
    expect(user.lastMessage()?.editCount).toBe(1);
    expect(user.buttons()).toEqual([]);
  });

  it("explains which buttons exist when the label is missing", async () => {
    await startBot();
    const user = alice();
    await user.send("/start");

    expect(() => user.press("Payer")).toThrow(/available: message 2: "Voir les paniers", "Aide"/);
  });

  it("reports a callback query the bot left unanswered", async () => {
    await startBot();
    const user = alice();
    await user.send("/start");

    const reply = await user.press("Aide");

    expect(reply.callbackAnswered).toBe(false);
  });

  it("parses an uploaded document out of the multipart request", async () => {
    await startBot();
    const reply = await alice().command("export");

    expect(reply.text).toBe("Commandes");
    expect(reply.documents).toHaveLength(1);
    expect(reply.documents[0]?.filename).toBe("orders.csv");
    expect(reply.documents[0]?.mimeType).toBe("text/csv");
    expect(reply.documents[0]?.bytes.toString("utf8")).toBe("nom;qté\npoireaux;3\n");
  });

  it("delivers a redelivered update_id a second time", async () => {
    await startBot();
    const chat = { id: 7, type: "private", first_name: "Zoé" };
    const update = { update_id: 500, message: { message_id: 1, date: 0, chat, text: "hi" } };

    await api.waitForProcessed(api.pushUpdate(update));
    await api.waitForProcessed(api.pushUpdate(update));

    expect(handledUpdateIds).toEqual([500, 500]);
  });

  it("settles concurrent users who land in the same polling batch", async () => {
    await startBot();
    const users = [1, 2, 3].map(
      (n) => new SimulatedUser(api, { id: 2000 + n, firstName: `User ${n}` }),
    );

    const replies = await Promise.all(users.map((user) => user.command("start")));

    expect(replies.map((reply) => reply.text)).toEqual(["Bonjour", "Bonjour", "Bonjour"]);
    const batches = api.callsOf("getUpdates").map((call) => call.response);
    expect(batches.some((r) => r?.ok === true && (r.result as unknown[]).length === 3)).toBe(true);
  });
});

describe("the fake Bot API's failures and limits", () => {
  it("answers an injected 429 that telegraf raises with retry_after", async () => {
    await startBot();
    api.failNext({ method: "sendMessage", status: 429, retryAfter: 7 });

    const error = await bot.telegram.sendMessage(1001, "Salut").catch((e: unknown) => e);

    expect(error).toBeInstanceOf(TelegramError);
    expect((error as TelegramError).code).toBe(429);
    expect((error as TelegramError).parameters?.retry_after).toBe(7);
    await expect(bot.telegram.sendMessage(1001, "Salut")).resolves.toMatchObject({ text: "Salut" });
  });

  it("answers 403 to every send to a chat that blocked the bot", async () => {
    await startBot();
    api.block(1001);

    await expect(bot.telegram.sendMessage(1001, "Salut")).rejects.toMatchObject({
      code: 403,
      description: "Forbidden: bot was blocked by the user",
    });
    api.unblock(1001);
    await expect(bot.telegram.sendMessage(1001, "Salut")).resolves.toBeDefined();
  });

  it("answers an injected 500 with its status", async () => {
    await startBot();
    api.failNext({ status: 500, chatId: 1001 });

    await expect(bot.telegram.sendMessage(1001, "Salut")).rejects.toMatchObject({ code: 500 });
  });

  it("refuses sends over the per-chat limit and counts them", async () => {
    await startBot({ limits: { globalPerSecond: 30, perChatPerSecond: 1 } });
    const sends = [1, 2, 3].map((n) => bot.telegram.sendMessage(1001, `n°${n}`));

    const results = await Promise.allSettled(sends);

    expect(results.filter((result) => result.status === "fulfilled")).toHaveLength(1);
    expect(api.stats.tooManyRequests).toBe(2);
    expect(api.sentTo(1001)[2]?.response).toMatchObject({ parameters: { retry_after: 1 } });
  });

  it("validates texts, callback data and HTML like Telegram", async () => {
    await startBot();
    const send = (text: string, extra = {}) => bot.telegram.sendMessage(1001, text, extra);
    const tooLongData = Markup.inlineKeyboard([Markup.button.callback("x", "d".repeat(65))]);

    await expect(send("a".repeat(4097))).rejects.toThrow("Bad Request: message is too long");
    await expect(send(" ")).rejects.toThrow("Bad Request: message text is empty");
    await expect(send("ok", tooLongData)).rejects.toThrow("Bad Request: BUTTON_DATA_INVALID");
    await expect(send("<b>gras", { parse_mode: "HTML" })).rejects.toThrow(
      "Bad Request: can't parse entities",
    );
    await expect(send("<b>5</b> &lt; 6", { parse_mode: "HTML" })).resolves.toMatchObject({
      text: "5 < 6",
    });
  });

  it("refuses an edit that changes nothing", async () => {
    await startBot();
    const sent = await bot.telegram.sendMessage(1001, "Bonjour");

    await expect(
      bot.telegram.editMessageText(1001, sent.message_id, undefined, "Bonjour"),
    ).rejects.toThrow("Bad Request: message is not modified");
    await expect(bot.telegram.editMessageText(1001, 99, undefined, "x")).rejects.toThrow(
      "Bad Request: message to edit not found",
    );
  });

  it("holds a hung method until unhang", async () => {
    await startBot();
    api.hang("sendMessage");
    let settled = false;
    const sending = bot.telegram.sendMessage(1001, "Salut").finally(() => (settled = true));

    await api.waitFor(() => api.callsOf("sendMessage").length === 1);
    expect(settled).toBe(false);
    api.unhang();

    await expect(sending).resolves.toMatchObject({ text: "Salut" });
  });

  it("releases a hung request when it closes", async () => {
    await startBot();
    api.hang("sendMessage");
    const sending = bot.telegram.sendMessage(1001, "Salut");
    await api.waitFor(() => api.callsOf("sendMessage").length === 1);

    await api.close();

    await expect(sending).rejects.toThrow();
  });

  it("keeps settling updates while the test fakes timers", async () => {
    await startBot();
    vi.useFakeTimers();
    try {
      const reply = await alice().command("start");
      expect(reply.text).toBe("Bonjour");
    } finally {
      vi.useRealTimers();
    }
  });

  it("answers an unknown method with 404 and records it", async () => {
    await startBot();

    await expect(bot.telegram.callApi("sendTelepathy" as "getMe", {})).rejects.toMatchObject({
      code: 404,
      description: "Not Found: method not found",
    });
    expect(api.callsOf("sendTelepathy")).toHaveLength(1);
  });
});

describe("the fake Bot API with a webhook bot", () => {
  async function startWebhookBot(options: FakeBotApiOptions = {}): Promise<void> {
    api = await startFakeBotApi(options);
    bot = createTinyBot();
    let callback: RequestListener | undefined;
    webhookServer = createServer((req, res) => void callback?.(req, res));
    await new Promise<void>((resolve) => webhookServer?.listen(0, "127.0.0.1", resolve));
    const { port } = webhookServer.address() as AddressInfo;
    callback = await bot.createWebhook({
      domain: `127.0.0.1:${port}`,
      path: "/hook",
      secret_token: "s3cret",
    });
  }

  it("POSTs updates with the secret token header and settles on the answer", async () => {
    await startWebhookBot();
    const user = alice();

    const reply = await user.command("start");

    expect(reply.text).toBe("Bonjour");
    expect(api.webhook?.secretToken).toBe("s3cret");
    expect(api.webhook?.deliveries).toMatchObject([{ updateId: reply.updateId, status: 200 }]);
  });

  it("runs the method telegraf puts in the webhook answer", async () => {
    await startWebhookBot();
    const user = alice();
    await user.command("start");

    const reply = await user.press("Voir les paniers");

    expect(reply.callbackAnswered).toBe(true);
    expect(api.callsOf("answerCallbackQuery")[0]?.via).toBe("webhook-reply");
  });

  it("retries a refused delivery and settles after the last attempt", async () => {
    await startWebhookBot({ webhookRetries: 1, webhookRetryDelayMs: 1 });
    await bot.telegram.setWebhook(api.webhook?.url ?? "", { secret_token: "wrong" });
    const user = alice();

    const reply = await user.command("start");

    expect(reply.texts).toEqual([]);
    expect(api.webhook?.deliveries.map((delivery) => delivery.status)).toEqual([403, 403]);
  });
});
