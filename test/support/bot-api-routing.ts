import type { IncomingMessage, ServerResponse } from "node:http";

import type { ApiResponse } from "./bot-api-types.ts";
import type { CallDispatcher } from "./call-dispatcher.ts";
import { parseRequestParams, readBody } from "./request-params.ts";

export interface RoutingContext {
  token: string;
  dispatcher: CallDispatcher;
  /** Aborted when the fake closes; each request adds its own controller while it is open. */
  openRequests: Set<AbortController>;
}

/** Serves `/bot<token>/<method>`, answering the way Telegram does, status code included. */
export async function routeBotApiRequest(
  req: IncomingMessage,
  res: ServerResponse,
  context: RoutingContext,
): Promise<void> {
  const request = new AbortController();
  context.openRequests.add(request);
  res.on("close", () => {
    request.abort();
    context.openRequests.delete(request);
  });

  try {
    const url = new URL(req.url ?? "/", "http://127.0.0.1");
    const match = /^\/bot([^/]+)\/([A-Za-z]+)$/.exec(url.pathname);
    if (match === null) return answer(res, failure(404, "Not Found"));
    if (match[1] !== context.token) return answer(res, failure(401, "Unauthorized"));

    const params = await parseRequestParams(url, req.headers, await readBody(req));
    // telegraf repeats the method name as a multipart field; it is not a parameter.
    delete params.method;
    const method = match[2] ?? "";
    const response = await context.dispatcher.dispatch(method, params, "http", request.signal);
    if (!request.signal.aborted) answer(res, response);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    if (!request.signal.aborted) answer(res, failure(400, `Bad Request: ${reason}`));
  }
}

function failure(code: number, description: string): ApiResponse {
  return { ok: false, error_code: code, description };
}

function answer(res: ServerResponse, response: ApiResponse): void {
  const status = response.ok ? 200 : response.error_code;
  // telegraf reports 5xx answers by their status text, so it carries the description.
  const statusText = response.ok ? "OK" : response.description.replace(/[^\x20-\x7e]/g, "?");
  const body = JSON.stringify(response);
  res.writeHead(status, statusText, {
    "content-type": "application/json",
    "content-length": Buffer.byteLength(body),
  });
  res.end(body);
}
