/** Attempts after which a message that keeps failing is given up. */
export const maxAttempts = 10;

/** Exponential backoff for transient failures: 2 s, 4 s, 8 s … capped at 5 minutes. */
export function backoffMs(attempts: number): number {
  return Math.min(2 ** (attempts + 1) * 1000, 5 * 60_000);
}
