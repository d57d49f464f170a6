import type { RateLimits } from "./bot-api-types.ts";

export const SEND_METHODS = new Set(["sendMessage", "sendDocument", "sendPhoto", "copyMessage"]);

const WINDOW_MS = 1000;

/** Telegram's flood limits on sends, as sliding one-second windows overall and per chat. */
export class SendRateLimiter {
  private readonly recent: number[] = [];
  private readonly recentByChat = new Map<number, number[]>();

  constructor(private readonly limits: RateLimits | null) {}

  /** Records the send and returns true when it fits within both limits. */
  admit(method: string, chatId: number | undefined, now: number): boolean {
    if (this.limits === null || !SEND_METHODS.has(method)) return true;

    prune(this.recent, now);
    if (this.recent.length >= this.limits.globalPerSecond) return false;

    if (chatId !== undefined) {
      const chatRecent = this.recentByChat.get(chatId) ?? [];
      prune(chatRecent, now);
      if (chatRecent.length >= this.limits.perChatPerSecond) return false;
      chatRecent.push(now);
      this.recentByChat.set(chatId, chatRecent);
    }

    this.recent.push(now);
    return true;
  }
}

function prune(timestamps: number[], now: number): void {
  while (timestamps.length > 0 && (timestamps[0] ?? 0) <= now - WINDOW_MS) timestamps.shift();
}
