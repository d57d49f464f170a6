import type { StoredMessage, UploadedFile } from "./bot-api-types.ts";

/** The messages each chat holds, and the ids Telegram would give the next ones. */
export class ChatStore {
  private readonly messagesByChat = new Map<number, StoredMessage[]>();
  private readonly lastMessageIds = new Map<number, number>();
  private readonly files = new Map<string, UploadedFile>();
  private lastFileNumber = 0;

  /** Message ids count up per chat, shared by the bot's and the user's messages. */
  nextMessageId(chatId: number): number {
    const id = (this.lastMessageIds.get(chatId) ?? 0) + 1;
    this.lastMessageIds.set(chatId, id);
    return id;
  }

  /** Keeps an upload so that a later send by file_id carries the same bytes. */
  saveFile(file: UploadedFile): string {
    this.lastFileNumber += 1;
    const fileId = `fake-file-${this.lastFileNumber}`;
    this.files.set(fileId, file);
    return fileId;
  }

  findFile(fileId: string): UploadedFile | undefined {
    return this.files.get(fileId);
  }

  add(message: StoredMessage): void {
    const messages = this.messagesByChat.get(message.chatId) ?? [];
    messages.push(message);
    this.messagesByChat.set(message.chatId, messages);
  }

  find(chatId: number, messageId: number): StoredMessage | undefined {
    return this.messagesByChat.get(chatId)?.find((message) => message.messageId === messageId);
  }

  remove(chatId: number, messageId: number): boolean {
    const messages = this.messagesByChat.get(chatId) ?? [];
    const index = messages.findIndex((message) => message.messageId === messageId);
    if (index === -1) return false;
    messages.splice(index, 1);
    return true;
  }

  list(chatId: number): StoredMessage[] {
    return [...(this.messagesByChat.get(chatId) ?? [])];
  }

  clear(): void {
    this.messagesByChat.clear();
  }
}
