import { ApiFailure, badRequest } from "./api-failure.ts";
import type { ApiParams } from "./bot-api-types.ts";
import type { MethodHandler } from "./message-methods.ts";
import { checkCallbackAnswerText } from "./message-validation.ts";

const EXPIRED_QUERY = "query is too old and response timeout expired or query ID is invalid";

export const botMethods: Record<string, MethodHandler> = {
  getMe: (_params, state) => state.botUser,

  async getUpdates(params, state, signal) {
    if (state.webhook !== null) {
      throw new ApiFailure(
        409,
        "Conflict: can't use getUpdates method while webhook is active; " +
          "use deleteWebhook to delete the webhook first",
      );
    }
    const offset = Number(params.offset ?? 0);
    const limit = params.limit === undefined ? undefined : Number(params.limit);
    return await state.updates.take(offset, limit, Number(params.timeout ?? 0), signal);
  },

  setWebhook(params, state) {
    const url = String(params.url ?? "");
    if (params.drop_pending_updates === true) state.updates.dropWaiting();
    if (url === "") {
      state.webhook = null;
      return true;
    }

    const secretToken = params.secret_token === undefined ? undefined : String(params.secret_token);
    if (secretToken !== undefined && !/^[A-Za-z0-9_-]{1,256}$/.test(secretToken)) {
      throw badRequest("secret token contains unallowed characters");
    }
    state.webhook = {
      url,
      secretToken,
      maxConnections: params.max_connections as number | undefined,
      allowedUpdates: params.allowed_updates as string[] | undefined,
      deliveries: state.webhook?.deliveries ?? [],
    };
    state.onWebhookSet();
    return true;
  },

  deleteWebhook(params, state) {
    if (params.drop_pending_updates === true) state.updates.dropWaiting();
    state.webhook = null;
    return true;
  },

  getWebhookInfo: (_params, state) => ({
    url: state.webhook?.url ?? "",
    has_custom_certificate: false,
    pending_update_count: state.updates.waitingCount,
    max_connections: state.webhook?.maxConnections,
    allowed_updates: state.webhook?.allowedUpdates,
  }),

  answerCallbackQuery(params, state) {
    const query = state.callbackQueries.get(String(params.callback_query_id));
    if (query === undefined || query.answered) throw badRequest(EXPIRED_QUERY);
    checkCallbackAnswerText(params.text);
    query.answered = true;
    return true;
  },

  setMyCommands(params, state) {
    if (!Array.isArray(params.commands)) throw badRequest("commands must be an array");
    state.commands.set(commandsKey(params), params.commands);
    return true;
  },

  getMyCommands: (params, state) => state.commands.get(commandsKey(params)) ?? [],

  deleteMyCommands(params, state) {
    state.commands.delete(commandsKey(params));
    return true;
  },

  setChatMenuButton(params, state) {
    state.menuButtons.set(String(params.chat_id ?? "default"), params.menu_button);
    return true;
  },

  getChatMenuButton: (params, state) =>
    state.menuButtons.get(String(params.chat_id ?? "default")) ?? { type: "commands" },

  sendChatAction(params) {
    if (params.chat_id === undefined) throw badRequest("chat_id is empty");
    if (typeof params.action !== "string") throw badRequest("wrong parameter action in request");
    return true;
  },

  getChat(params, state) {
    if (typeof params.chat_id !== "number") throw badRequest("chat not found");
    return state.chatFor(params.chat_id);
  },
};

/** Commands are kept per scope and language, as Telegram does. */
function commandsKey(params: ApiParams): string {
  const scope = params.scope ?? { type: "default" };
  return `${JSON.stringify(scope)}|${String(params.language_code ?? "")}`;
}
