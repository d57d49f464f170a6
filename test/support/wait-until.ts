import { startRealTimer, stopRealTimer } from "./real-clock.ts";
import type { RealTimer } from "./real-clock.ts";

const POLL_INTERVAL_MS = 10;

export interface WaitOptions {
  timeoutMs: number;
  /** Explains what was awaited, for the error when the wait times out. */
  describe: () => string;
  /** Re-checks on each notification, on top of polling every 10 ms. */
  subscribe?: (listener: () => void) => () => void;
  /** Ends the wait with an error, used when the fake API closes. */
  signal: AbortSignal;
}

/** Resolves once `check` holds, on real time so that it works under fake timers. */
export function waitUntil(check: () => boolean, options: WaitOptions): Promise<void> {
  if (check()) return Promise.resolve();
  if (options.signal.aborted) return Promise.reject(new Error("The fake Bot API is closed"));

  return new Promise((resolve, reject) => {
    let poll: RealTimer | undefined;
    const deadline = startRealTimer(options.timeoutMs, () =>
      finish(new Error(`Timed out after ${options.timeoutMs} ms: ${options.describe()}`)),
    );
    const unsubscribe = options.subscribe?.(recheck);
    const onAbort = (): void => finish(new Error("The fake Bot API closed during the wait"));
    options.signal.addEventListener("abort", onAbort, { once: true });
    schedule();

    function schedule(): void {
      poll = startRealTimer(POLL_INTERVAL_MS, () => {
        recheck();
        if (poll !== undefined) schedule();
      });
    }

    function recheck(): void {
      let done: boolean;
      try {
        done = check();
      } catch (error) {
        finish(error instanceof Error ? error : new Error(String(error)));
        return;
      }
      if (done) finish();
    }

    function finish(error?: Error): void {
      stopRealTimer(deadline);
      stopRealTimer(poll);
      poll = undefined;
      unsubscribe?.();
      options.signal.removeEventListener("abort", onAbort);
      if (error === undefined) resolve();
      else reject(error);
    }
  });
}
