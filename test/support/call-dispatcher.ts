import { ApiFailure, tooManyRequests } from "./api-failure.ts";
import type { BotApiState } from "./bot-api-state.ts";
import type { ApiCall, ApiParams, ApiResponse } from "./bot-api-types.ts";
import { botMethods } from "./bot-methods.ts";
import type { FaultInjector } from "./fault-injector.ts";
import { messageMethods } from "./message-methods.ts";
import type { MethodHandler } from "./message-methods.ts";
import { realNow } from "./real-clock.ts";
import type { SendRateLimiter } from "./send-rate-limiter.ts";

const HANDLERS: Record<string, MethodHandler> = { ...botMethods, ...messageMethods };

const ABANDONED: ApiResponse = { ok: false, error_code: 500, description: "Request abandoned" };

export interface ApiStats {
  /** 429 answers caused by the rate limits (injected 429s are not counted). */
  tooManyRequests: number;
}

/** Records each call, applies the injected faults and the limits, then runs the method. */
export class CallDispatcher {
  readonly calls: ApiCall[] = [];
  readonly stats: ApiStats = { tooManyRequests: 0 };
  private lastSeq = 0;

  constructor(
    private readonly state: BotApiState,
    private readonly faults: FaultInjector,
    private readonly limiter: SendRateLimiter,
  ) {}

  get nextSeq(): number {
    return this.lastSeq + 1;
  }

  async dispatch(
    method: string,
    params: ApiParams,
    via: ApiCall["via"],
    signal: AbortSignal,
  ): Promise<ApiResponse> {
    this.lastSeq += 1;
    const chatId = this.chatIdOf(method, params);
    const call: ApiCall = { seq: this.lastSeq, method, params, at: realNow(), chatId, via };
    if (chatId === undefined) delete call.chatId;
    this.calls.push(call);

    await this.faults.delay(method, signal);
    // The bot gave up on the request (or the fake closed): nothing happens, nobody reads this.
    if (signal.aborted) return ABANDONED;
    const response = await this.answer(method, params, chatId, signal);
    // A snapshot: the stored message behind a result keeps changing with later edits.
    call.response = structuredClone(response);
    return response;
  }

  reset(): void {
    this.calls.length = 0;
    this.stats.tooManyRequests = 0;
  }

  private async answer(
    method: string,
    params: ApiParams,
    chatId: number | undefined,
    signal: AbortSignal,
  ): Promise<ApiResponse> {
    const handler = HANDLERS[method];
    if (handler === undefined) {
      return { ok: false, error_code: 404, description: "Not Found: method not found" };
    }

    try {
      const failure = this.faults.takeFailure(method, chatId);
      if (failure !== undefined) throw failure;
      if (!this.limiter.admit(method, chatId, realNow())) {
        this.stats.tooManyRequests += 1;
        throw tooManyRequests(1);
      }
      return { ok: true, result: await handler(params, this.state, signal) };
    } catch (error) {
      if (error instanceof ApiFailure) return error.toResponse();
      // A bug in the fake itself: answer loudly rather than hang the bot.
      const reason = error instanceof Error ? error.message : String(error);
      return { ok: false, error_code: 500, description: `Internal Server Error: fake: ${reason}` };
    }
  }

  private chatIdOf(method: string, params: ApiParams): number | undefined {
    if (typeof params.chat_id === "number") return params.chat_id;
    if (method === "answerCallbackQuery") {
      return this.state.callbackQueries.get(String(params.callback_query_id))?.chatId;
    }
    return undefined;
  }
}
