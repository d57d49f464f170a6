import type { WebhookInfo } from "./bot-api-types.ts";
import { ChatStore } from "./chat-store.ts";
import { UpdateQueue } from "./update-queue.ts";

export interface BotUser {
  id: number;
  is_bot: true;
  first_name: string;
  username: string;
  can_join_groups: boolean;
  can_read_all_group_messages: boolean;
  supports_inline_queries: boolean;
}

export interface CallbackQueryRecord {
  chatId?: number;
  answered: boolean;
}

/** Everything the method handlers read and change. */
export class BotApiState {
  readonly store = new ChatStore();
  readonly updates = new UpdateQueue();
  readonly callbackQueries = new Map<string, CallbackQueryRecord>();
  readonly commands = new Map<string, unknown[]>();
  readonly menuButtons = new Map<string, unknown>();
  readonly chats = new Map<number, Record<string, unknown>>();
  webhook: WebhookInfo | null = null;

  constructor(
    readonly botUser: BotUser,
    /** Called after setWebhook, so that queued updates leave for the new URL. */
    readonly onWebhookSet: () => void,
  ) {}

  /** The chat object Telegram would embed in a message sent to `chatId`. */
  chatFor(chatId: number): Record<string, unknown> {
    const known = this.chats.get(chatId);
    if (known !== undefined) return known;
    if (chatId > 0) return { id: chatId, type: "private", first_name: `User ${chatId}` };
    return { id: chatId, type: "group", title: `Chat ${chatId}` };
  }
}

export function createBotUser(token: string): BotUser {
  const id = Number(token.split(":")[0]) || 100_000;
  return {
    id,
    is_bot: true,
    first_name: "Drive Test Bot",
    username: "drive_test_bot",
    can_join_groups: true,
    can_read_all_group_messages: false,
    supports_inline_queries: false,
  };
}
