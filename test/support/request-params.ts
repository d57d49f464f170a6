import type { IncomingHttpHeaders } from "node:http";

import type { ApiParams, UploadedFile } from "./bot-api-types.ts";
import { guessMimeType, UNKNOWN_MIME_TYPE } from "./mime-types.ts";

// Multipart and form bodies carry every value as a string; telegraf stringifies these as JSON.
const JSON_FIELDS = new Set([
  "reply_markup",
  "entities",
  "caption_entities",
  "link_preview_options",
  "reply_parameters",
  "allowed_updates",
  "commands",
  "scope",
  "menu_button",
  "media",
]);

const NUMBER_FIELDS = new Set([
  "chat_id",
  "from_chat_id",
  "message_id",
  "message_thread_id",
  "reply_to_message_id",
  "offset",
  "limit",
  "timeout",
  "cache_time",
  "max_connections",
]);

/** Parses a Bot API request body the way Telegram accepts it: JSON, multipart, form, query. */
export async function parseRequestParams(
  url: URL,
  headers: IncomingHttpHeaders,
  body: Buffer,
): Promise<ApiParams> {
  const params: ApiParams = {};
  for (const [key, value] of url.searchParams) params[key] = coerceField(key, value);

  const contentType = headers["content-type"] ?? "";
  if (body.length === 0) return params;

  if (contentType.includes("application/json")) {
    const json = JSON.parse(body.toString("utf8")) as ApiParams;
    for (const [key, value] of Object.entries(json)) {
      const isNumberText = typeof value === "string" && NUMBER_FIELDS.has(key);
      params[key] = isNumberText ? coerceField(key, value) : value;
    }
    return params;
  }
  if (contentType.includes("multipart/form-data")) {
    return { ...params, ...(await parseMultipart(headers, body)) };
  }
  if (contentType.includes("application/x-www-form-urlencoded")) {
    for (const [key, value] of new URLSearchParams(body.toString("utf8"))) {
      params[key] = coerceField(key, value);
    }
  }
  return params;
}

async function parseMultipart(headers: IncomingHttpHeaders, body: Buffer): Promise<ApiParams> {
  const request = new Request("http://fake-bot-api.local/", {
    method: "POST",
    headers: { "content-type": headers["content-type"] ?? "" },
    body,
  });
  const form = await request.formData();
  const params: ApiParams = {};

  for (const [key, value] of form) {
    params[key] = typeof value === "string" ? coerceField(key, value) : await readFile(value);
  }
  return params;
}

async function readFile(file: File): Promise<UploadedFile> {
  const bytes = Buffer.from(await file.arrayBuffer());
  // Like Telegram, trust the name over the part's type: telegraf sends none, and a part without
  // one reads as text/plain.
  const guessed = guessMimeType(file.name);
  const mimeType = guessed === UNKNOWN_MIME_TYPE && file.type !== "" ? file.type : guessed;
  return { filename: file.name, mimeType, bytes };
}

function coerceField(key: string, value: string): unknown {
  if (JSON_FIELDS.has(key)) {
    try {
      return JSON.parse(value) as unknown;
    } catch {
      return value;
    }
  }
  if (NUMBER_FIELDS.has(key) && /^-?\d+$/.test(value)) return Number(value);
  if (value === "true") return true;
  if (value === "false") return false;
  return value;
}

export function isUploadedFile(value: unknown): value is UploadedFile {
  if (typeof value !== "object" || value === null) return false;
  return Buffer.isBuffer((value as UploadedFile).bytes);
}

/** Reads a whole request or response body; the fake never streams. */
export async function readBody(stream: AsyncIterable<Buffer | string>): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(Buffer.from(chunk));
  return Buffer.concat(chunks);
}
