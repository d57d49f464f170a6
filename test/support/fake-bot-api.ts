import { createServer } from "node:http";
import type { Server } from "node:http";
import type { AddressInfo } from "node:net";

import { routeBotApiRequest } from "./bot-api-routing.ts";
import { BotApiState, createBotUser } from "./bot-api-state.ts";
import type { BotUser } from "./bot-api-state.ts";
import type {
  ApiCall,
  ApiParams,
  FailureRule,
  RateLimits,
  StoredMessage,
  UpdateInput,
  WebhookInfo,
} from "./bot-api-types.ts";
import { CallDispatcher } from "./call-dispatcher.ts";
import type { ApiStats } from "./call-dispatcher.ts";
import { FaultInjector } from "./fault-injector.ts";
import { SEND_METHODS, SendRateLimiter } from "./send-rate-limiter.ts";
import type { TrackedUpdate } from "./update-queue.ts";
import { waitUntil } from "./wait-until.ts";
import { deliverToWebhook } from "./webhook-sender.ts";
import type { WebhookRetryOptions } from "./webhook-sender.ts";

export interface FakeBotApiOptions {
  token?: string;
  /** Telegram's flood limits on sends; none by default. */
  limits?: RateLimits | null;
  /** Further webhook attempts after a non-2xx answer (default 0). */
  webhookRetries?: number;
  webhookRetryDelayMs?: number;
}

const DEFAULT_TOKEN = "123456:TEST-TOKEN";

/** Starts a fake Bot API on 127.0.0.1 and a random port. */
export async function startFakeBotApi(options: FakeBotApiOptions = {}): Promise<FakeBotApi> {
  const api = new FakeBotApi(options);
  await api.listen();
  return api;
}

/** A Bot API server telegraf can talk to, with hooks for tests. Build it with startFakeBotApi. */
export class FakeBotApi {
  readonly token: string;
  readonly botUser: BotUser;
  /** The `apiRoot` to give telegraf, e.g. `http://127.0.0.1:40123`. */
  apiRoot = "";
  private readonly state: BotApiState;
  private readonly faults = new FaultInjector();
  private readonly dispatcher: CallDispatcher;
  private readonly webhookRetry: WebhookRetryOptions;
  private readonly server: Server;
  private readonly closing = new AbortController();
  private readonly openRequests = new Set<AbortController>();

  constructor(options: FakeBotApiOptions = {}) {
    this.token = options.token ?? DEFAULT_TOKEN;
    this.botUser = createBotUser(this.token);
    this.state = new BotApiState(this.botUser, () => this.sendWaitingToWebhook());
    const limiter = new SendRateLimiter(options.limits ?? null);
    this.dispatcher = new CallDispatcher(this.state, this.faults, limiter);
    this.webhookRetry = {
      retries: options.webhookRetries ?? 0,
      retryDelayMs: options.webhookRetryDelayMs ?? 50,
    };
    const routing = {
      token: this.token,
      dispatcher: this.dispatcher,
      openRequests: this.openRequests,
    };
    this.server = createServer((req, res) => void routeBotApiRequest(req, res, routing));
  }

  async listen(): Promise<void> {
    await new Promise<void>((resolve) => this.server.listen(0, "127.0.0.1", resolve));
    const { port } = this.server.address() as AddressInfo;
    this.apiRoot = `http://127.0.0.1:${port}`;
  }

  /** Every call the bot made since the start or the last reset, in arrival order. */
  get calls(): ApiCall[] {
    return this.dispatcher.calls;
  }

  get stats(): ApiStats {
    return this.dispatcher.stats;
  }

  /** The webhook the bot set, with each delivery attempt; null in polling mode. */
  get webhook(): WebhookInfo | null {
    return this.state.webhook;
  }

  /** The seq the next call will get; pass it to `callsSince` to see what happens from now on. */
  get nextSeq(): number {
    return this.dispatcher.nextSeq;
  }

  /** Queues an update (or POSTs it to the webhook) and returns its update_id. */
  pushUpdate(input: UpdateInput): number {
    const update = this.state.updates.assignId(input);
    this.rememberCallbackQuery(update);

    if (this.state.webhook === null) this.state.updates.enqueue(update);
    else this.sendToWebhook(this.state.updates.track(update));
    return update.update_id;
  }

  /**
   * Resolves once the bot has finished the update: in polling mode when a later getUpdates
   * confirms it (telegraf fetches again only after the whole batch is handled), in webhook
   * mode when the bot has answered the POST. For a redelivered id, waits for every copy.
   */
  waitForProcessed(updateId: number, timeoutMs = 10_000): Promise<void> {
    const updates = this.state.updates;
    return waitUntil(() => updates.isProcessed(updateId), {
      timeoutMs,
      describe: () => `${updates.describe(updateId)} (${this.describeMode()})`,
      subscribe: (listener) => updates.onChange(listener),
      signal: this.closing.signal,
    });
  }

  /** Resolves once `predicate` holds, checking every 10 ms of real time. */
  waitFor(predicate: (api: FakeBotApi) => boolean, timeoutMs = 10_000): Promise<void> {
    return waitUntil(() => predicate(this), {
      timeoutMs,
      describe: () => `the condition never held; last calls: ${this.describeLastCalls()}`,
      signal: this.closing.signal,
    });
  }

  /** The bot's messages in a chat as they stand now, oldest first. */
  messagesIn(chatId: number): StoredMessage[] {
    return this.state.store.list(chatId);
  }

  /** Send calls (sendMessage, sendDocument, sendPhoto, copyMessage) to a chat, failed ones too. */
  sentTo(chatId: number, since?: number): ApiCall[] {
    return this.calls.filter(
      (call) =>
        SEND_METHODS.has(call.method) &&
        call.chatId === chatId &&
        (since === undefined || call.at >= since),
    );
  }

  callsOf(method: string): ApiCall[] {
    return this.calls.filter((call) => call.method === method);
  }

  callsSince(seq: number): ApiCall[] {
    return this.calls.filter((call) => call.seq >= seq);
  }

  /** Forgets the recorded calls and stats; queued updates and stored messages stay. */
  reset(): void {
    this.dispatcher.reset();
  }

  failNext(rule: FailureRule): void {
    this.faults.failNext(rule);
  }

  block(chatId: number): void {
    this.faults.block(chatId);
  }

  unblock(chatId: number): void {
    this.faults.unblock(chatId);
  }

  /** Delays answers to `method`, or to every method but getUpdates; 0 removes the delay. */
  setLatency(ms: number, method?: string): void {
    this.faults.setLatency(ms, method);
  }

  /** Holds answers to `method` (or every method but getUpdates) until unhang() or close(). */
  hang(method?: string): void {
    this.faults.hang(method);
  }

  unhang(): void {
    this.faults.unhang();
  }

  /** Tells the fake who is behind a chat id, for getChat and the chat in sent messages. */
  registerChat(chat: { id: number } & Record<string, unknown>): void {
    this.state.chats.set(chat.id, chat);
  }

  /** Allocates a message id in a chat, for a message a simulated user sends. */
  nextMessageId(chatId: number): number {
    return this.state.store.nextMessageId(chatId);
  }

  /** Releases hanging requests and long polls, stops webhook deliveries, closes the server. */
  async close(): Promise<void> {
    this.closing.abort();
    for (const request of this.openRequests) request.abort();
    this.faults.unhang();
    const closed = new Promise<void>((resolve) => this.server.close(() => resolve()));
    this.server.closeAllConnections();
    await closed;
  }

  private rememberCallbackQuery(update: Record<string, unknown>): void {
    const query = update.callback_query as
      { id?: string; from?: { id?: number }; message?: { chat?: { id?: number } } } | undefined;
    if (query?.id === undefined || this.state.callbackQueries.has(query.id)) return;
    const chatId = query.message?.chat?.id ?? query.from?.id;
    this.state.callbackQueries.set(query.id, { chatId, answered: false });
  }

  private sendWaitingToWebhook(): void {
    for (const entry of this.state.updates.takeWaiting()) this.sendToWebhook(entry);
  }

  private sendToWebhook(entry: TrackedUpdate): void {
    const webhook = this.state.webhook;
    if (webhook === null) return;
    const signal = this.closing.signal;
    const runReply = async (method: string, params: ApiParams): Promise<void> => {
      await this.dispatcher.dispatch(method, params, "webhook-reply", signal);
    };

    void deliverToWebhook(webhook, entry.update, this.webhookRetry, signal, runReply)
      .catch(() => undefined)
      .finally(() => this.state.updates.markProcessed(entry));
  }

  private describeMode(): string {
    if (this.state.webhook !== null) return `webhook mode, POSTing to ${this.state.webhook.url}`;
    const polls = this.callsOf("getUpdates").length;
    return `polling mode, ${polls} getUpdates call(s) so far; is the bot launched?`;
  }

  private describeLastCalls(): string {
    const last = this.calls.slice(-5).map((call) => `${call.method}(${call.chatId ?? "-"})`);
    return last.length === 0 ? "none" : last.join(", ");
  }
}
