import type { InlineButton, StoredMessage } from "./bot-api-types.ts";
import { collectReply } from "./bot-reply.ts";
import type { Reply } from "./bot-reply.ts";
import type { FakeBotApi } from "./fake-bot-api.ts";
import { telegramDate } from "./real-clock.ts";

export interface SimulatedUserProfile {
  id: number;
  firstName: string;
  lastName?: string;
  username?: string;
  languageCode?: string;
  /** How long each action waits for the bot to finish its update (default 10 s). */
  timeoutMs?: number;
}

const COMMAND_PATTERN = /^\/[A-Za-z0-9_]+(@[A-Za-z0-9_]+)?/;

// Shared by every user so that callback query and file ids never collide within a process.
let lastGeneratedId = 0;

/** A person chatting with the bot in a private chat; each action waits for the bot's reply. */
export class SimulatedUser {
  readonly id: number;

  constructor(
    private readonly api: FakeBotApi,
    private readonly profile: SimulatedUserProfile,
  ) {
    this.id = profile.id;
    api.registerChat(this.chat);
  }

  get chat(): { id: number; type: "private" } & Record<string, unknown> {
    const { id, firstName, lastName, username } = this.profile;
    return { id, type: "private", first_name: firstName, last_name: lastName, username };
  }

  get from(): Record<string, unknown> {
    const { id, firstName, lastName, username, languageCode } = this.profile;
    return {
      id,
      is_bot: false,
      first_name: firstName,
      last_name: lastName,
      username,
      language_code: languageCode,
    };
  }

  /** Sends a text; a leading `/command` carries the bot_command entity telegraf matches on. */
  send(text: string): Promise<Reply> {
    const command = COMMAND_PATTERN.exec(text)?.[0];
    const entities =
      command === undefined
        ? undefined
        : [{ type: "bot_command", offset: 0, length: command.length }];
    return this.deliver({ message: { ...this.newMessage(), text, entities } });
  }

  command(name: string, payload?: string): Promise<Reply> {
    return this.send(payload === undefined ? `/${name}` : `/${name} ${payload}`);
  }

  sendPhoto(caption?: string): Promise<Reply> {
    const fileId = `user-photo-${nextId()}`;
    const size = (width: number, height: number) => ({
      file_id: `${fileId}-${width}`,
      file_unique_id: `unique-${fileId}-${width}`,
      width,
      height,
      file_size: width * height,
    });
    const photo = [size(90, 67), size(800, 600)];
    return this.deliver({ message: { ...this.newMessage(), photo, caption } });
  }

  /** Presses the button labelled `label` (exactly, else the first label containing it). */
  press(label: string, options: { messageId?: number } = {}): Promise<Reply> {
    const { message, button } = this.findButton(label, options.messageId);
    if (button.callback_data === undefined) {
      throw new Error(`Button "${button.text}" sends no callback data: ${JSON.stringify(button)}`);
    }
    return this.pressOn(message, button.callback_data);
  }

  /** Sends a callback query with any data, as a forged or stale client could. */
  pressData(data: string, messageId?: number): Promise<Reply> {
    const messages = this.messages();
    const message =
      messageId === undefined
        ? messages.at(-1)
        : messages.find((candidate) => candidate.messageId === messageId);
    if (message === undefined) {
      throw new Error(`No message ${messageId ?? "at all"} from the bot in chat ${this.id}`);
    }
    return this.pressOn(message, data);
  }

  messages(): StoredMessage[] {
    return this.api.messagesIn(this.id);
  }

  lastMessage(): StoredMessage | undefined {
    return this.messages().at(-1);
  }

  lastText(): string | undefined {
    const last = this.lastMessage();
    return last?.text ?? last?.caption;
  }

  /** Labels of the newest inline keyboard in the chat, row by row flattened. */
  buttons(): string[] {
    const withKeyboard = this.messages().filter((message) => keyboardOf(message).length > 0);
    const newest = withKeyboard.at(-1);
    return newest === undefined ? [] : keyboardOf(newest).map((button) => button.text);
  }

  private pressOn(message: StoredMessage, data: string): Promise<Reply> {
    const id = `cbq-${this.id}-${nextId()}`;
    const callbackQuery = {
      id,
      from: this.from,
      // A copy: the stored message changes when the bot edits it while handling this update.
      message: structuredClone(message.raw),
      chat_instance: `instance-${this.id}`,
      data,
    };
    return this.deliver({ callback_query: callbackQuery }, id);
  }

  private findButton(
    label: string,
    messageId?: number,
  ): {
    message: StoredMessage;
    button: InlineButton;
  } {
    const candidates = this.messages()
      .filter((message) => messageId === undefined || message.messageId === messageId)
      .reverse();
    const matchers = [
      (button: InlineButton) => button.text === label,
      (button: InlineButton) => button.text.includes(label),
    ];
    for (const matches of matchers) {
      for (const message of candidates) {
        const button = keyboardOf(message).find(matches);
        if (button !== undefined) return { message, button };
      }
    }

    const available = candidates
      .filter((message) => keyboardOf(message).length > 0)
      .map((message) => {
        const labels = keyboardOf(message).map((button) => JSON.stringify(button.text));
        return `message ${message.messageId}: ${labels.join(", ")}`;
      });
    const where = messageId === undefined ? `chat ${this.id}` : `message ${messageId}`;
    const listing = available.length === 0 ? "no inline keyboard" : available.join("; ");
    throw new Error(`No button "${label}" in ${where}; available: ${listing}`);
  }

  private newMessage(): Record<string, unknown> {
    return {
      message_id: this.api.nextMessageId(this.id),
      from: this.from,
      chat: this.chat,
      date: telegramDate(),
    };
  }

  private async deliver(update: Record<string, unknown>, callbackQueryId?: string): Promise<Reply> {
    const fromSeq = this.api.nextSeq;
    const updateId = this.api.pushUpdate(update);
    await this.api.waitForProcessed(updateId, this.profile.timeoutMs);
    return collectReply(this.api, { updateId, chatId: this.id, fromSeq, callbackQueryId });
  }
}

function keyboardOf(message: StoredMessage): InlineButton[] {
  return message.replyMarkup?.inline_keyboard?.flat() ?? [];
}

function nextId(): number {
  lastGeneratedId += 1;
  return lastGeneratedId;
}
