import { badRequest } from "./api-failure.ts";
import type { ApiParams, ReplyMarkup } from "./bot-api-types.ts";
import { parseHtmlText } from "./html-entities.ts";

const MAX_TEXT_LENGTH = 4096;
const MAX_CAPTION_LENGTH = 1024;
const MAX_CALLBACK_DATA_BYTES = 64;
const MAX_INLINE_BUTTONS = 100;
const MAX_CALLBACK_ANSWER_LENGTH = 200;

const BUTTON_ACTIONS = [
  "callback_data",
  "url",
  "web_app",
  "login_url",
  "switch_inline_query",
  "switch_inline_query_current_chat",
  "switch_inline_query_chosen_chat",
  "copy_text",
  "callback_game",
  "pay",
];

/** The plain text Telegram stores for a message body, after entity parsing. */
export function readMessageText(params: ApiParams): string {
  const text = toPlainText(params.text, params.parse_mode);
  if (text.trim() === "") throw badRequest("message text is empty");
  if (text.length > MAX_TEXT_LENGTH) throw badRequest("message is too long");
  return text;
}

export function readCaption(params: ApiParams): string | undefined {
  if (params.caption === undefined || params.caption === "") return undefined;
  const caption = toPlainText(params.caption, params.parse_mode);
  if (caption.length > MAX_CAPTION_LENGTH) throw badRequest("message caption is too long");
  return caption;
}

function toPlainText(value: unknown, parseMode: unknown): string {
  if (value === undefined || value === null) return "";
  const text = String(value);
  return parseMode === "HTML" ? parseHtmlText(text) : text;
}

export function readReplyMarkup(params: ApiParams): ReplyMarkup | undefined {
  const markup = params.reply_markup;
  if (markup === undefined || markup === null) return undefined;
  if (typeof markup !== "object") throw badRequest("can't parse reply keyboard markup JSON object");

  const keyboard = (markup as ReplyMarkup).inline_keyboard;
  if (keyboard === undefined) return markup as ReplyMarkup;
  if (!Array.isArray(keyboard) || !keyboard.every((row) => Array.isArray(row))) {
    throw badRequest(
      'field "inline_keyboard" of the InlineKeyboardMarkup must be an Array of Arrays',
    );
  }

  const buttons = keyboard.flat();
  if (buttons.length > MAX_INLINE_BUTTONS) throw badRequest("BUTTONS_TOO_MUCH");
  for (const button of buttons) checkInlineButton(button);
  return markup as ReplyMarkup;
}

function checkInlineButton(button: unknown): void {
  if (typeof button !== "object" || button === null) {
    throw badRequest("can't parse inline keyboard button: InlineKeyboardButton must be an Object");
  }
  const fields = button as Record<string, unknown>;
  if (typeof fields.text !== "string" || fields.text === "") {
    throw badRequest("can't parse inline keyboard button: Text must be non-empty");
  }
  if (!BUTTON_ACTIONS.some((action) => fields[action] !== undefined)) {
    throw badRequest(
      "can't parse inline keyboard button: Text buttons are unallowed in the inline keyboard",
    );
  }
  if (fields.callback_data !== undefined) {
    const bytes = Buffer.byteLength(String(fields.callback_data), "utf8");
    if (bytes < 1 || bytes > MAX_CALLBACK_DATA_BYTES) throw badRequest("BUTTON_DATA_INVALID");
  }
  if (fields.url !== undefined && !/^(https?|tg):\/\/\S+$/i.test(String(fields.url))) {
    throw badRequest("BUTTON_URL_INVALID");
  }
}

export function checkCallbackAnswerText(text: unknown): void {
  if (typeof text === "string" && text.length > MAX_CALLBACK_ANSWER_LENGTH) {
    throw badRequest("MESSAGE_TOO_LONG");
  }
}
