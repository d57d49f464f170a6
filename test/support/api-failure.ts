import type { ApiResponse } from "./bot-api-types.ts";

/** Thrown by a method handler to answer the way Telegram refuses a request. */
export class ApiFailure extends Error {
  constructor(
    readonly code: number,
    readonly description: string,
    readonly retryAfter?: number,
  ) {
    super(`${code}: ${description}`);
    this.name = "ApiFailure";
  }

  toResponse(): ApiResponse {
    const response: ApiResponse = {
      ok: false,
      error_code: this.code,
      description: this.description,
    };
    if (this.retryAfter !== undefined) response.parameters = { retry_after: this.retryAfter };
    return response;
  }
}

export function badRequest(reason: string): ApiFailure {
  return new ApiFailure(400, `Bad Request: ${reason}`);
}

export function tooManyRequests(retryAfter: number): ApiFailure {
  return new ApiFailure(429, `Too Many Requests: retry after ${retryAfter}`, retryAfter);
}

export function blockedByUser(): ApiFailure {
  return new ApiFailure(403, "Forbidden: bot was blocked by the user");
}
