import type { MiddlewareFn } from "telegraf";
import { clearConversation, loadConversation, saveConversation } from "../../db/conversations.ts";
import { findDriveCached } from "../../db/drive.ts";
import { findMemberByTelegramId } from "../../db/members.ts";
import type { BotContext, ConversationState } from "../context.ts";
import { pickLanguage, textsFor } from "../i18n.ts";

/** Loads the drive, the member and their conversation step, and picks the language. */
export function loadMember(): MiddlewareFn<BotContext> {
  return async (ctx, next) => {
    const { db, driveId, signer } = ctx.deps;
    ctx.drive = await findDriveCached(db, driveId);
    const from = ctx.from;
    ctx.member = from ? await findMemberByTelegramId(db, driveId, BigInt(from.id)) : null;
    ctx.lang = pickLanguage(ctx.member?.language, from?.language_code);
    ctx.t = textsFor(ctx.lang);
    ctx.callbackKey = { signer, userId: from?.id ?? 0 };
    ctx.conversation = from
      ? await conversationOf(ctx, BigInt(from.id))
      : { step: null, data: {}, enter: async () => {}, leave: async () => {} };
    return next();
  };
}

async function conversationOf(ctx: BotContext, telegramId: bigint): Promise<ConversationState> {
  const { db } = ctx.deps;
  const row = await loadConversation(db, telegramId);
  const state = {
    step: row?.step ?? null,
    data: row?.data ?? {},
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
