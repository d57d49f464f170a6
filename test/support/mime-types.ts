import { extname } from "node:path";

// telegraf sends uploads without a Content-Type; Telegram guesses it from the name, and so do we.
const MIME_BY_EXTENSION: Record<string, string> = {
  ".pdf": "application/pdf",
  ".csv": "text/csv",
  ".txt": "text/plain",
  ".json": "application/json",
  ".html": "text/html",
  ".xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  ".zip": "application/zip",
  ".png": "image/png",
  ".jpg": "image/jpeg",
  ".jpeg": "image/jpeg",
  ".webp": "image/webp",
};

export const UNKNOWN_MIME_TYPE = "application/octet-stream";

export function guessMimeType(filename: string): string {
  return MIME_BY_EXTENSION[extname(filename).toLowerCase()] ?? UNKNOWN_MIME_TYPE;
}
