import { Markup } from "telegraf";
import type { InlineKeyboardMarkup } from "telegraf/types";
import { countAudience } from "../../../db/audiences.ts";
import type { Broadcast } from "../../../db/broadcasts.ts";
import { findCurrentSession } from "../../../db/sessions.ts";
import { audiences, type Audience } from "../../../domain/values.ts";
import { defineAction } from "../../callback-data.ts";
import type { BotContext } from "../../context.ts";

export const chooseAudience = defineAction("bcaud", ["broadcast", "audience"] as const);
export const sendNow = defineAction("bcsend", ["broadcast"] as const);
export const scheduleLater = defineAction("bcsch", ["broadcast"] as const);
export const dropDraft = defineAction("bcdrop", ["broadcast"] as const);

/** The session whose customers "those who ordered in this session" means. */
export async function currentSessionId(ctx: BotContext): Promise<number | null> {
  return (await findCurrentSession(ctx.deps.db, ctx.deps.driveId))?.id ?? null;
}

/** One button per audience, each with how many people it reaches now. */
export async function audienceKeyboard(
  ctx: BotContext,
  broadcastId: number,
): Promise<InlineKeyboardMarkup> {
  const sessionId = await currentSessionId(ctx);
  const rows = [];
  for (const [index, audience] of audiences.entries()) {
    const count = await countAudience(ctx.deps.db, ctx.deps.driveId, audience, sessionId);
    const label = ctx.t.broadcast.audienceButton(ctx.t.broadcast.audiences[audience], count);
    rows.push([
      Markup.button.callback(
        label,
        chooseAudience.pack(ctx.callbackKey, { broadcast: broadcastId, audience: index }),
      ),
    ]);
  }
  return Markup.inlineKeyboard(rows).reply_markup;
}

/** Shows the message as its recipients will see it, then the question "now or later?". */
export async function showPreview(
  ctx: BotContext,
  broadcast: Broadcast,
  count: number,
): Promise<void> {
  const b = ctx.t.broadcast;
  await ctx.reply(b.previewAbove);
  if (broadcast.photoFileId) {
    await ctx.replyWithPhoto(
      broadcast.photoFileId,
      broadcast.text ? { caption: broadcast.text } : {},
    );
  } else {
    await ctx.reply(broadcast.text);
  }
  const key = ctx.callbackKey;
  const id = { broadcast: broadcast.id };
  await ctx.reply(b.preview(b.audiences[broadcast.audience as Audience], count), {
    parse_mode: "HTML",
    reply_markup: Markup.inlineKeyboard([
      [
        Markup.button.callback(b.sendNow, sendNow.pack(key, id)),
        Markup.button.callback(b.schedule, scheduleLater.pack(key, id)),
      ],
      [Markup.button.callback(b.cancel, dropDraft.pack(key, id))],
    ]).reply_markup,
  });
}
