import type { Update, UpdateInput } from "./bot-api-types.ts";
import { onNextRealTurn, startRealTimer, stopRealTimer } from "./real-clock.ts";

const DEFAULT_BATCH_LIMIT = 100;

export interface TrackedUpdate {
  update: Update;
  /** Handed to the bot by getUpdates at least once. */
  delivered: boolean;
  /** Confirmed by a later getUpdates offset, or answered by the webhook. */
  processed: boolean;
}

/**
 * Updates waiting for the bot and whether it finished them. Entries are tracked one by one
 * rather than by id, so a test can push the same update_id twice to simulate a redelivery.
 */
export class UpdateQueue {
  private lastUpdateId = 0;
  private readonly waiting: TrackedUpdate[] = [];
  private readonly byId = new Map<number, TrackedUpdate[]>();
  private readonly listeners = new Set<() => void>();
  private wakeLongPoll: (() => void) | undefined;

  assignId(input: UpdateInput): Update {
    const updateId = input.update_id ?? this.lastUpdateId + 1;
    this.lastUpdateId = Math.max(this.lastUpdateId, updateId);
    return { ...input, update_id: updateId };
  }

  /** Tracks an update without queueing it for polling (webhook mode). */
  track(update: Update): TrackedUpdate {
    const entry = { update, delivered: false, processed: false };
    this.byId.set(update.update_id, [...(this.byId.get(update.update_id) ?? []), entry]);
    return entry;
  }

  enqueue(update: Update): void {
    this.waiting.push(this.track(update));
    // Waking on the next turn lets updates pushed together reach the bot in one batch.
    onNextRealTurn(() => this.wakeLongPoll?.());
  }

  /** Removes the updates polling has not confirmed, for the webhook to send instead. */
  takeWaiting(): TrackedUpdate[] {
    return this.waiting.splice(0);
  }

  get waitingCount(): number {
    return this.waiting.length;
  }

  markProcessed(entry: TrackedUpdate): void {
    entry.processed = true;
    this.notify();
  }

  /** Answers getUpdates: confirms what lies below `offset`, then waits up to `timeoutSeconds`. */
  async take(
    offset: number,
    limit: number | undefined,
    timeoutSeconds: number,
    signal: AbortSignal,
  ): Promise<Update[]> {
    this.confirmBelow(offset);
    const size = limit === undefined || limit <= 0 ? DEFAULT_BATCH_LIMIT : limit;
    if (this.waiting.length > 0 || timeoutSeconds <= 0 || signal.aborted) return this.deliver(size);

    // A newer long poll replaces an older one, which answers empty, as Telegram's does.
    this.wakeLongPoll?.();
    let wake = (): void => {};
    await new Promise<void>((resolve) => {
      const timer = startRealTimer(timeoutSeconds * 1000, () => wake());
      wake = () => {
        stopRealTimer(timer);
        signal.removeEventListener("abort", wake);
        resolve();
      };
      signal.addEventListener("abort", wake, { once: true });
      this.wakeLongPoll = wake;
    });
    if (this.wakeLongPoll === wake) this.wakeLongPoll = undefined;
    return signal.aborted ? [] : this.deliver(size);
  }

  isProcessed(updateId: number): boolean {
    const entries = this.byId.get(updateId) ?? [];
    return entries.length > 0 && entries.every((entry) => entry.processed);
  }

  /** Says where an update stands, for the error of a wait that timed out. */
  describe(updateId: number): string {
    const entries = this.byId.get(updateId);
    if (entries === undefined) return `update ${updateId} was never pushed`;
    const states = entries.map((entry) => {
      if (entry.processed) return "processed";
      if (!entry.delivered) return "queued, never fetched by getUpdates";
      // telegraf stops polling when a handler error reaches bot.catch's default (rethrow).
      return "delivered, not yet confirmed (still handling, or polling stopped on an error)";
    });
    return `update ${updateId}: ${states.join(", ")}`;
  }

  onChange(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  dropWaiting(): void {
    for (const entry of this.waiting.splice(0)) entry.processed = true;
    this.notify();
  }

  private confirmBelow(offset: number): void {
    let confirmed = false;
    for (let i = this.waiting.length - 1; i >= 0; i -= 1) {
      const entry = this.waiting[i];
      if (entry === undefined || !entry.delivered || entry.update.update_id >= offset) continue;
      entry.processed = true;
      this.waiting.splice(i, 1);
      confirmed = true;
    }
    if (confirmed) this.notify();
  }

  private deliver(limit: number): Update[] {
    // Sorted so that telegraf's next offset (last id + 1) confirms the whole batch.
    const batch = [...this.waiting]
      .sort((a, b) => a.update.update_id - b.update.update_id)
      .slice(0, limit);
    for (const entry of batch) entry.delivered = true;
    return batch.map((entry) => entry.update);
  }

  private notify(): void {
    for (const listener of [...this.listeners]) listener();
  }
}
