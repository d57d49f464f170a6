import { ApiFailure, blockedByUser, tooManyRequests } from "./api-failure.ts";
import type { FailureRule } from "./bot-api-types.ts";
import { sleepReal } from "./real-clock.ts";

const ANY_METHOD = "*";

const DEFAULT_DESCRIPTIONS: Record<number, string> = {
  400: "Bad Request: injected failure",
  403: "Forbidden: bot was blocked by the user",
  500: "Internal Server Error",
  502: "Bad Gateway",
};

/**
 * Failures, blocks, latency and hangs a test asks for. A rule without a method leaves
 * getUpdates alone, so that "fail the next call" means a call the bot's code made, not polling.
 */
export class FaultInjector {
  private readonly rules: { rule: FailureRule; remaining: number }[] = [];
  private readonly blocked = new Set<number>();
  private readonly latency = new Map<string, number>();
  private readonly hung = new Set<string>();
  private readonly hangReleases = new Set<() => void>();

  failNext(rule: FailureRule): void {
    this.rules.push({ rule, remaining: rule.times ?? 1 });
  }

  block(chatId: number): void {
    this.blocked.add(chatId);
  }

  unblock(chatId: number): void {
    this.blocked.delete(chatId);
  }

  setLatency(ms: number, method = ANY_METHOD): void {
    this.latency.set(method, ms);
  }

  hang(method = ANY_METHOD): void {
    this.hung.add(method);
  }

  unhang(): void {
    this.hung.clear();
    for (const release of this.hangReleases) release();
    this.hangReleases.clear();
  }

  /** Waits out the latency and any hang; returns early when the request is abandoned. */
  async delay(method: string, signal: AbortSignal): Promise<void> {
    const fallback = appliesToAny(method) ? this.latency.get(ANY_METHOD) : 0;
    const ms = this.latency.get(method) ?? fallback;
    if (ms !== undefined && ms > 0) await sleepReal(ms, signal);

    if (!this.isHung(method) || signal.aborted) return;
    await new Promise<void>((resolve) => {
      const release = (): void => {
        this.hangReleases.delete(release);
        resolve();
      };
      this.hangReleases.add(release);
      signal.addEventListener("abort", release, { once: true });
    });
  }

  /** The failure this call must answer with, consuming one use of the matching rule. */
  takeFailure(method: string, chatId: number | undefined): ApiFailure | undefined {
    const index = this.rules.findIndex(({ rule }) => matches(rule, method, chatId));
    const entry = this.rules[index];
    if (entry !== undefined) {
      entry.remaining -= 1;
      if (entry.remaining <= 0) this.rules.splice(index, 1);
      return toFailure(entry.rule);
    }
    if (chatId !== undefined && this.blocked.has(chatId)) return blockedByUser();
    return undefined;
  }

  private isHung(method: string): boolean {
    return this.hung.has(method) || (this.hung.has(ANY_METHOD) && appliesToAny(method));
  }
}

function appliesToAny(method: string): boolean {
  return method !== "getUpdates";
}

function matches(rule: FailureRule, method: string, chatId: number | undefined): boolean {
  const methodMatches = rule.method === undefined ? appliesToAny(method) : rule.method === method;
  return methodMatches && (rule.chatId === undefined || rule.chatId === chatId);
}

function toFailure(rule: FailureRule): ApiFailure {
  if (rule.status === 429) {
    const retryAfter = rule.retryAfter ?? 1;
    const failure = tooManyRequests(retryAfter);
    if (rule.description === undefined) return failure;
    return new ApiFailure(429, rule.description, retryAfter);
  }
  const description = rule.description ?? DEFAULT_DESCRIPTIONS[rule.status] ?? "Injected failure";
  return new ApiFailure(rule.status, description);
}
