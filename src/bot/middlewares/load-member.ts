import type { MiddlewareFn } from "telegraf";
import {
  clearConversation,
  parseStepData,
  saveConversation,
  type ConversationRow,
} from "../../db/conversations.ts";
import type { CoreLoaders } from "../../db/core-loaders.ts";
import { findDriveCached } from "../../db/drive.ts";
import type { BotContext, ConversationState } from "../context.ts";
import { pickLanguage, textsFor } from "../i18n.ts";

/** Loads the drive, the member and their conversation step, and picks the language. */
export function loadMember(core: CoreLoaders): MiddlewareFn<BotContext> {
  return async (ctx, next) => {
    const { db, driveId, signer } = ctx.deps;
    ctx.drive = await findDriveCached(db, driveId);
    const from = ctx.from;
    const telegramId = from ? BigInt(from.id) : null;
    const [member, step] =
      telegramId === null
        ? [null, null]
        : await Promise.all([core.member(telegramId), core.conversation(telegramId)]);
    ctx.member = member;
    ctx.lang = pickLanguage(ctx.member?.language, from?.language_code);
    ctx.t = textsFor(ctx.lang);
    ctx.callbackKey = { signer, userId: from?.id ?? 0 };
    ctx.conversation =
      telegramId === null
        ? { step: null, data: {}, enter: async () => {}, leave: async () => {} }
        : conversationOf(ctx, step, telegramId);
    return next();
  };
}

function conversationOf(
  ctx: BotContext,
  row: ConversationRow | null,
  telegramId: bigint,
): ConversationState {
  const { db } = ctx.deps;
  const state = {
    step: row?.step ?? null,
    data: row ? parseStepData(row.data) : {},
    async enter(step: string, data: Record<string, unknown> = {}) {
      // A button pressed again on the same screen (➕ twice) writes nothing new.
      if (step === state.step && JSON.stringify(data) === JSON.stringify(state.data)) return;
      await saveConversation(db, telegramId, step, data);
      state.step = step;
      state.data = data;
    },
    async leave() {
      // No step was loaded or entered: there is no row to delete.
      if (state.step === null) return;
      await clearConversation(db, telegramId);
      state.step = null;
      state.data = {};
    },
  };
  return state;
}
