import type { ApiCall, UploadedFile } from "./bot-api-types.ts";
import type { FakeBotApi } from "./fake-bot-api.ts";
import { isUploadedFile } from "./request-params.ts";

/** What the bot did in one chat while it handled one update. */
export interface Reply {
  updateId: number;
  /** Texts and captions of the messages sent and edited, in order, as Telegram stored them. */
  texts: string[];
  /** `texts` joined by newlines. */
  text: string;
  /** Whether the callback query of this update got a successful answerCallbackQuery. */
  callbackAnswered: boolean;
  callbackAnswer?: { text?: string; show_alert?: boolean };
  documents: UploadedFile[];
  /** Every call about this chat (and this callback query), failed ones included. */
  calls: ApiCall[];
}

const TEXT_METHODS = new Set([
  "sendMessage",
  "sendDocument",
  "sendPhoto",
  "editMessageText",
  "editMessageCaption",
]);

export interface ReplyScope {
  updateId: number;
  chatId: number;
  fromSeq: number;
  callbackQueryId?: string;
}

export function collectReply(api: FakeBotApi, scope: ReplyScope): Reply {
  const calls = api
    .callsSince(scope.fromSeq)
    .filter((call) => call.chatId === scope.chatId || isAnswerTo(call, scope.callbackQueryId));
  const succeeded = calls.filter((call) => call.response?.ok === true);

  const texts = succeeded
    .filter((call) => TEXT_METHODS.has(call.method))
    .map((call) => resultText(call))
    .filter((text): text is string => text !== undefined);
  const documents = succeeded
    .filter((call) => call.method === "sendDocument")
    .map((call) => documentOf(api, scope.chatId, call))
    .filter((document): document is UploadedFile => document !== undefined);

  const answer = succeeded.find((call) => isAnswerTo(call, scope.callbackQueryId));
  const reply: Reply = {
    updateId: scope.updateId,
    texts,
    text: texts.join("\n"),
    callbackAnswered: answer !== undefined,
    documents,
    calls,
  };
  if (answer !== undefined) {
    reply.callbackAnswer = {
      text: answer.params.text as string | undefined,
      show_alert: answer.params.show_alert as boolean | undefined,
    };
  }
  return reply;
}

function isAnswerTo(call: ApiCall, callbackQueryId: string | undefined): boolean {
  return (
    callbackQueryId !== undefined &&
    call.method === "answerCallbackQuery" &&
    String(call.params.callback_query_id) === callbackQueryId
  );
}

function resultText(call: ApiCall): string | undefined {
  const result = call.response?.ok === true ? call.response.result : undefined;
  if (typeof result !== "object" || result === null) return undefined;
  const message = result as { text?: string; caption?: string };
  return message.text ?? message.caption;
}

function documentOf(api: FakeBotApi, chatId: number, call: ApiCall): UploadedFile | undefined {
  if (isUploadedFile(call.params.document)) return call.params.document;
  const result = call.response?.ok === true ? call.response.result : undefined;
  const messageId = (result as { message_id?: number } | undefined)?.message_id;
  return api.messagesIn(chatId).find((message) => message.messageId === messageId)?.document;
}
