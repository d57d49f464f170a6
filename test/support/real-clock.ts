// The fake server is a network peer, like Telegram: it keeps real time even when a test fakes
// timers for the bot. These references are taken when the harness loads, before any test can
// install fake timers, so long polls, latency and waitFor keep working under vi.useFakeTimers().
const realSetTimeout = globalThis.setTimeout;
const realClearTimeout = globalThis.clearTimeout;
const realSetImmediate = globalThis.setImmediate;
const realDateNow = Date.now.bind(Date);

export type RealTimer = ReturnType<typeof realSetTimeout>;

export function realNow(): number {
  return realDateNow();
}

export function startRealTimer(ms: number, run: () => void): RealTimer {
  return realSetTimeout(run, ms);
}

export function stopRealTimer(timer: RealTimer | undefined): void {
  if (timer !== undefined) realClearTimeout(timer);
}

export function onNextRealTurn(run: () => void): void {
  realSetImmediate(run);
}

export function sleepReal(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const timer = startRealTimer(ms, done);
    signal?.addEventListener("abort", done, { once: true });

    function done(): void {
      stopRealTimer(timer);
      signal?.removeEventListener("abort", done);
      resolve();
    }
  });
}

/** Unix seconds on the clock the bot sees, which a test may fake. */
export function telegramDate(): number {
  return Math.floor(Date.now() / 1000);
}
