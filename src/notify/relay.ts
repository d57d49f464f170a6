import { randomUUID } from "node:crypto";
import Bottleneck from "bottleneck";
import type { Telegram } from "telegraf";
import type { Db } from "../db/client.ts";
import {
  claimDueMessages,
  markChatUnreachable,
  markGivenUp,
  markRetry,
  markSent,
  releaseClaim,
  renewClaim,
  type ClaimedMessage,
} from "../db/outbox.ts";
import type { Logger } from "../logger.ts";
import { backoffMs, maxAttempts } from "./backoff.ts";
import { deliver } from "./deliver.ts";

export type RelayOptions = {
  messagesPerSecond: number;
  chatIntervalMs: number;
  pollIntervalMs: number;
  sendTimeoutMs?: number;
  /** How long a claim holds before another relay may take the row over (outbox.claimLeaseMs). */
  claimLeaseMs?: number;
  now?: () => Date;
};

export type RelayStats = { sent: number; retried: number; unreachable: number; failed: number };

export type Relay = {
  start(): void;
  /** Stops claiming, lets the sends in flight finish, and puts back what was not sent. */
  stop(): Promise<void>;
  /** Sends everything due now, then resolves (used by the CLI and by tests). */
  drain(): Promise<void>;
  readonly stats: RelayStats;
  readonly worker: string;
  readonly running: boolean;
};

/**
 * The outbox relay: claims due rows and sends them within Telegram's limits,
 * about 30 messages a second overall and one a second per chat. Bottleneck
 * spaces the sends; a 429 pauses every send for its retry_after.
 */
export function createRelay(
  db: Db,
  telegram: Telegram,
  logger: Logger,
  options: RelayOptions,
): Relay {
  const worker = `relay-${randomUUID().slice(0, 8)}`;
  const now = options.now ?? (() => new Date());
  const log = logger.child({ worker });
  const stats: RelayStats = { sent: 0, retried: 0, unreachable: 0, failed: 0 };
  // Sends pass `global` one at a time and take a slot in a sliding window like Telegram's.
  const window = slidingWindow(options.messagesPerSecond);
  const global = new Bottleneck({ maxConcurrent: 1 });
  const recentSends: number[] = [];
  const perChat = new Bottleneck.Group({ maxConcurrent: 1, minTime: options.chatIntervalMs });
  let pausedUntil = 0;
  let running = false;
  let draining = false;
  let loop: Promise<void> | undefined;
  let wake: (() => void) | undefined;

  async function sendOne(message: ClaimedMessage): Promise<void> {
    const wait = pausedUntil - Date.now();
    if (wait > 0) await sleep(wait);
    // A stopping relay sends only what is already in flight; the rest goes back unchanged.
    if (!running && !draining) {
      await releaseClaim(db, message.id, worker);
      return;
    }
    if (!(await renewClaim(db, message.id, worker, now()))) {
      log.warn({ outboxId: message.id }, "outbox claim taken over by another relay, not sent");
      return;
    }
    const outcome = await deliver(telegram, message, options.sendTimeoutMs ?? 30_000);
    const at = now();
    const fields = { outboxId: message.id, reason: message.reason, attempts: message.attempts };
    switch (outcome.kind) {
      case "sent":
        stats.sent++;
        await markSent(db, message.id, worker, at);
        return;
      case "rate_limited":
        stats.retried++;
        pausedUntil = Math.max(pausedUntil, Date.now() + outcome.retryAfterMs);
        log.warn({ ...fields, retryAfterMs: outcome.retryAfterMs }, "outbox rate limited");
        await markRetry(
          db,
          message.id,
          worker,
          new Date(at.getTime() + outcome.retryAfterMs),
          outcome.error,
          false,
        );
        return;
      case "unreachable":
        stats.unreachable++;
        log.info({ ...fields, memberId: message.memberId }, "outbox recipient unreachable");
        await markGivenUp(db, message.id, worker, "unreachable", outcome.error);
        await markChatUnreachable(db, message.chatId, at);
        return;
      case "rejected":
        stats.failed++;
        log.error({ ...fields, error: outcome.error }, "outbox message rejected");
        await markGivenUp(db, message.id, worker, "failed", outcome.error);
        return;
      case "transient":
        if (message.attempts + 1 >= maxAttempts) {
          stats.failed++;
          log.error({ ...fields, error: outcome.error }, "outbox message given up");
          await markGivenUp(db, message.id, worker, "failed", outcome.error);
          return;
        }
        stats.retried++;
        log.warn({ ...fields, error: outcome.error }, "outbox send failed, will retry");
        await markRetry(
          db,
          message.id,
          worker,
          new Date(at.getTime() + backoffMs(message.attempts)),
          outcome.error,
          true,
        );
    }
  }

  /**
   * Waits for a send slot: at most `window.count` sends started in any `window.ms`, and at
   * least half the mean interval between two. Counted on the real start times: Bottleneck's
   * minTime follows a plan, so after the event loop stalls (a claim, a GC pause) it fires the
   * overdue sends in a burst that overflows Telegram's one-second window, and rounding its
   * spacing up to whole milliseconds lost 5 % of the rate.
   */
  async function takeSendSlot(): Promise<void> {
    for (;;) {
      const at = Date.now();
      while (recentSends.length > 0 && recentSends[0]! <= at - window.ms) recentSends.shift();
      const windowWait =
        recentSends.length < window.count ? 0 : recentSends[0]! + window.ms - at + 1;
      const spacingWait = (recentSends.at(-1) ?? -Infinity) + window.minSpacingMs - at;
      const wait = Math.max(windowWait, spacingWait, pausedUntil - at);
      if (wait <= 0) break;
      await sleep(wait);
    }
    recentSends.push(Date.now());
  }

  function schedule(message: ClaimedMessage): Promise<void> {
    return perChat
      .key(String(message.chatId))
      .schedule(async () => {
        await global.schedule(takeSendSlot);
        await sendOne(message);
      })
      .catch((error: unknown) =>
        log.error({ err: error, outboxId: message.id }, "outbox send crashed"),
      );
  }

  const inFlight = new Set<Promise<void>>();

  function track(message: ClaimedMessage): Promise<void> {
    const send = schedule(message).finally(() => inFlight.delete(send));
    inFlight.add(send);
    return send;
  }

  /** Claims what can go out in about two seconds and hands it to the limiters. */
  async function claimBatch(): Promise<Promise<void>[]> {
    const batch = await claimDueMessages(db, worker, now(), {
      limit: Math.ceil(options.messagesPerSecond * 2),
      ...(options.claimLeaseMs === undefined ? {} : { leaseMs: options.claimLeaseMs }),
    });
    return batch.map(track);
  }

  /** One round: claim a batch, send it all. */
  async function round(): Promise<number> {
    const sends = await claimBatch();
    await Promise.all(sends);
    return sends.length;
  }

  async function run(): Promise<void> {
    while (running) {
      let count = 0;
      try {
        count = (await claimBatch()).length;
      } catch (error) {
        log.error({ err: error }, "outbox round failed");
      }
      if (count === 0 && running) {
        await new Promise<void>((resolve) => {
          wake = resolve;
          setTimeout(resolve, options.pollIntervalMs);
        });
      }
      // The next batch is claimed while about a second of sends is still queued, so the
      // limiter never runs dry between batches (waiting for a whole batch cost ~10 % of 30/s).
      while (running && inFlight.size > options.messagesPerSecond) await Promise.race(inFlight);
    }
    await Promise.all(inFlight);
  }

  return {
    worker,
    stats,
    get running() {
      return running;
    },
    start() {
      if (running) return;
      running = true;
      loop = run();
      log.info("outbox relay started");
    },
    async stop() {
      running = false;
      wake?.();
      await loop;
      log.info({ ...stats }, "outbox relay stopped");
    },
    async drain() {
      draining = true;
      try {
        while ((await round()) > 0) {
          // keep going until nothing is due
        }
      } finally {
        draining = false;
      }
    },
  };
}

/** `count` sends per `ms` make `messagesPerSecond`: 29 per 1000 ms, or 1 per 2000 ms for 0.5. */
function slidingWindow(messagesPerSecond: number): {
  count: number;
  ms: number;
  minSpacingMs: number;
} {
  const count = Math.max(1, Math.floor(messagesPerSecond));
  return {
    count,
    ms: (count * 1000) / messagesPerSecond,
    minSpacingMs: 500 / messagesPerSecond,
  };
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
