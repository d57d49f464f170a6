import { badRequest } from "./api-failure.ts";
import type { BotApiState } from "./bot-api-state.ts";
import type { ApiParams, ReplyMarkup, StoredMessage, UploadedFile } from "./bot-api-types.ts";
import { readCaption, readMessageText, readReplyMarkup } from "./message-validation.ts";
import { guessMimeType } from "./mime-types.ts";
import { telegramDate } from "./real-clock.ts";
import { isUploadedFile } from "./request-params.ts";

export type MethodHandler = (params: ApiParams, state: BotApiState, signal: AbortSignal) => unknown;

const NOT_MODIFIED =
  "message is not modified: specified new message content and reply markup are exactly the " +
  "same as a current content and reply markup of the message";

export const messageMethods: Record<string, MethodHandler> = {
  sendMessage(params, state) {
    const text = readMessageText(params);
    return send(state, params, { text });
  },

  sendDocument(params, state) {
    const file = readFile(state, params.document, "document");
    const document = { ...file, fileId: state.store.saveFile(file) };
    return send(state, params, { caption: readCaption(params), document });
  },

  sendPhoto(params, state) {
    const file = readFile(state, params.photo, "photo.jpg");
    const photo = { fileId: state.store.saveFile(file), bytes: file.bytes };
    return send(state, params, { caption: readCaption(params), photo });
  },

  copyMessage(params, state) {
    const source = state.store.find(Number(params.from_chat_id), Number(params.message_id));
    if (source === undefined) throw badRequest("message to copy not found");
    const caption = params.caption === undefined ? source.caption : readCaption(params);
    const copy = { text: source.text, caption, document: source.document, photo: source.photo };
    const sent = send(state, params, copy);
    return { message_id: sent.message_id };
  },

  editMessageText(params, state) {
    const message = findMessageToEdit(state, params);
    if (message.text === undefined) throw badRequest("there is no text in the message to edit");
    const text = readMessageText(params);
    const replyMarkup = readReplyMarkup(params);
    if (text === message.text && isSameMarkup(replyMarkup, message.replyMarkup)) {
      throw badRequest(NOT_MODIFIED);
    }
    return applyEdit(message, { text, replyMarkup });
  },

  editMessageCaption(params, state) {
    const message = findMessageToEdit(state, params);
    if (message.document === undefined && message.photo === undefined) {
      throw badRequest("there is no caption in the message to edit");
    }
    const caption = readCaption(params);
    const replyMarkup = readReplyMarkup(params);
    if (caption === message.caption && isSameMarkup(replyMarkup, message.replyMarkup)) {
      throw badRequest(NOT_MODIFIED);
    }
    return applyEdit(message, { caption, replyMarkup });
  },

  editMessageReplyMarkup(params, state) {
    const message = findMessageToEdit(state, params);
    const replyMarkup = readReplyMarkup(params);
    if (isSameMarkup(replyMarkup, message.replyMarkup)) throw badRequest(NOT_MODIFIED);
    return applyEdit(message, { replyMarkup });
  },

  deleteMessage(params, state) {
    const deleted = state.store.remove(Number(params.chat_id), Number(params.message_id));
    if (!deleted) throw badRequest("message to delete not found");
    return true;
  },
};

interface MessageContent {
  text?: string;
  caption?: string;
  document?: StoredMessage["document"];
  photo?: StoredMessage["photo"];
}

function send(state: BotApiState, params: ApiParams, content: MessageContent) {
  const chatId = readChatId(params);
  const replyMarkup = readReplyMarkup(params);
  const messageId = state.store.nextMessageId(chatId);
  const raw = {
    message_id: messageId,
    from: state.botUser,
    chat: state.chatFor(chatId),
    date: telegramDate(),
  };
  const message: StoredMessage = { messageId, chatId, ...content, replyMarkup, editCount: 0, raw };

  applyContent(message);
  state.store.add(message);
  return message.raw as { message_id: number };
}

function applyEdit(message: StoredMessage, change: Partial<StoredMessage>): unknown {
  Object.assign(message, change);
  message.editCount += 1;
  message.raw.edit_date = telegramDate();
  applyContent(message);
  return message.raw;
}

/** Mirrors the stored fields into the Message object the API returns. */
function applyContent(message: StoredMessage): void {
  const raw = message.raw;
  for (const key of ["text", "caption", "reply_markup", "document", "photo"]) delete raw[key];

  if (message.text !== undefined) raw.text = message.text;
  if (message.caption !== undefined) raw.caption = message.caption;
  if (message.replyMarkup !== undefined) raw.reply_markup = message.replyMarkup;
  if (message.document !== undefined) {
    const { fileId, filename, mimeType, bytes } = message.document;
    raw.document = {
      file_id: fileId,
      file_unique_id: `unique-${fileId}`,
      file_name: filename,
      mime_type: mimeType,
      file_size: bytes.length,
    };
  }
  if (message.photo !== undefined) {
    const { fileId, bytes } = message.photo;
    const size = { file_id: fileId, file_unique_id: `unique-${fileId}`, width: 90, height: 90 };
    raw.photo = [{ ...size, file_size: bytes?.length ?? 0 }];
  }
}

function readChatId(params: ApiParams): number {
  const chatId = params.chat_id;
  if (chatId === undefined || chatId === "") throw badRequest("chat_id is empty");
  if (typeof chatId !== "number" || !Number.isInteger(chatId)) throw badRequest("chat not found");
  return chatId;
}

function findMessageToEdit(state: BotApiState, params: ApiParams): StoredMessage {
  const chatId = readChatId(params);
  const message = state.store.find(chatId, Number(params.message_id));
  if (message === undefined) throw badRequest("message to edit not found");
  return message;
}

function readFile(state: BotApiState, source: unknown, fallbackName: string): UploadedFile {
  if (isUploadedFile(source)) return source;
  if (typeof source !== "string" || source === "") {
    throw badRequest("there is no file in the request");
  }
  if (/^https?:\/\//.test(source)) {
    const filename = new URL(source).pathname.split("/").pop() || fallbackName;
    return { filename, mimeType: guessMimeType(filename), bytes: Buffer.alloc(0) };
  }
  const known = state.store.findFile(source);
  if (known === undefined) throw badRequest("wrong file identifier/HTTP URL specified");
  return known;
}

function isSameMarkup(next: ReplyMarkup | undefined, current: ReplyMarkup | undefined): boolean {
  return JSON.stringify(normalizeMarkup(next)) === JSON.stringify(normalizeMarkup(current));
}

function normalizeMarkup(markup: ReplyMarkup | undefined): ReplyMarkup | undefined {
  const rows = markup?.inline_keyboard;
  return rows !== undefined && rows.flat().length === 0 ? undefined : markup;
}
