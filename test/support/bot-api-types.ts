/** A file the bot uploaded in a multipart request. */
export interface UploadedFile {
  filename: string;
  mimeType: string;
  bytes: Buffer;
}

export type ApiParams = Record<string, unknown>;

export type ApiResponse =
  | { ok: true; result: unknown }
  | {
      ok: false;
      error_code: number;
      description: string;
      parameters?: { retry_after?: number; migrate_to_chat_id?: number };
    };

/** One request the bot made, over HTTP or inside a webhook answer. */
export interface ApiCall {
  /** Increases by one per call; survives `reset()`, so it can mark a point in time. */
  seq: number;
  method: string;
  params: ApiParams;
  /** Real epoch milliseconds when the request arrived. */
  at: number;
  chatId?: number;
  /** Missing while the request is still pending (latency, hang). */
  response?: ApiResponse;
  via: "http" | "webhook-reply";
}

export interface InlineButton {
  text: string;
  callback_data?: string;
  url?: string;
  [key: string]: unknown;
}

export interface ReplyMarkup {
  inline_keyboard?: InlineButton[][];
  [key: string]: unknown;
}

/** A message the bot sent, as it stands now (edits applied). */
export interface StoredMessage {
  messageId: number;
  chatId: number;
  text?: string;
  caption?: string;
  replyMarkup?: ReplyMarkup;
  document?: UploadedFile & { fileId: string };
  photo?: { fileId: string; bytes?: Buffer };
  editCount: number;
  /** The Message object as the Bot API returned it, reused as `callback_query.message`. */
  raw: Record<string, unknown>;
}

export interface RateLimits {
  globalPerSecond: number;
  perChatPerSecond: number;
}

export type FailureStatus = 429 | 403 | 500 | 502 | 400;

export interface FailureRule {
  method?: string;
  chatId?: number;
  times?: number;
  status: FailureStatus;
  retryAfter?: number;
  description?: string;
}

export interface WebhookDelivery {
  updateId: number;
  attempt: number;
  /** HTTP status of the bot's answer, or 0 when the connection failed. */
  status: number;
  at: number;
}

export interface WebhookInfo {
  url: string;
  secretToken?: string;
  maxConnections?: number;
  allowedUpdates?: string[];
  deliveries: WebhookDelivery[];
}

/** An update as a test pushes it; `update_id` is assigned when missing. */
export type UpdateInput = { update_id?: number } & Record<string, unknown>;

export type Update = { update_id: number } & Record<string, unknown>;
