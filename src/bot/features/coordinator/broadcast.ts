import { Composer } from "telegraf";
import { z } from "zod";
import { countAudience } from "../../../db/audiences.ts";
import {
  createBroadcastDraft,
  deleteDraft,
  findDraft,
  scheduleBroadcast,
  setBroadcastAudience,
} from "../../../db/broadcasts.ts";
import { formatDateTime } from "../../../domain/calendar.ts";
import { parseTypedDateTime } from "../../../domain/typed-date-time.ts";
import { audiences } from "../../../domain/values.ts";
import { sendBroadcastNow } from "../../../jobs/broadcasts.ts";
import { onStepText } from "../../conversation.ts";
import type { BotContext } from "../../context.ts";
import { namesOf, type Feature, type MenuCommand } from "../../feature.ts";
import { hasRole, requireRole } from "../../roles.ts";
import {
  audienceKeyboard,
  chooseAudience,
  currentSessionId,
  dropDraft,
  scheduleLater,
  sendNow,
  showPreview,
} from "./broadcast-view.ts";
import { pressedData } from "./schedule-view.ts";

const broadcastCommand: MenuCommand = {
  fr: "diffuser",
  en: "broadcast",
  roles: ["coordinator"],
  description: (t) => t.broadcast.menu.broadcast,
};

const composeStep = "broadcast.compose";
const whenStep = "broadcast.when";
const whenData = z.object({ broadcast: z.number().int().positive() });
// Telegram's limits: 4096 characters for a message, 1024 for a photo caption.
const textMax = 4096;
const captionMax = 1024;

/** `/diffuser`: compose, choose the audience, preview, then send now or at a set time. */
export const broadcastFeature: Feature = {
  name: "broadcast",
  commands: [broadcastCommand],
  create(deps) {
    const composer = new Composer<BotContext>();
    const coordinator = requireRole("coordinator");

    composer.command(namesOf(broadcastCommand), coordinator, async (ctx) => {
      await ctx.conversation.enter(composeStep);
      await ctx.reply(ctx.t.broadcast.askMessage);
    });

    composer.action(chooseAudience.pattern, coordinator, async (ctx) => {
      const values = chooseAudience.parse(ctx.callbackKey, pressedData(ctx));
      const audience = values ? audiences[values.audience] : undefined;
      if (!values || !audience) return ctx.answerCbQuery(ctx.t.common.staleButton);
      const sessionId = audience === "session_customers" ? await currentSessionId(ctx) : null;
      const authorId = ctx.member!.id;
      if (!(await setBroadcastAudience(deps.db, values.broadcast, authorId, audience, sessionId))) {
        return ctx.answerCbQuery(ctx.t.common.staleButton);
      }
      await ctx.answerCbQuery();
      const draft = await findDraft(deps.db, values.broadcast, authorId);
      const count = await countAudience(deps.db, deps.driveId, audience, sessionId);
      await showPreview(ctx, draft!, count);
    });

    composer.action(sendNow.pattern, coordinator, async (ctx) => {
      const values = sendNow.parse(ctx.callbackKey, pressedData(ctx));
      const draft = values ? await findDraft(deps.db, values.broadcast, ctx.member!.id) : null;
      if (!draft) return ctx.answerCbQuery(ctx.t.common.staleButton);
      const count = await sendBroadcastNow(deps, draft.id, deps.now());
      await ctx.answerCbQuery();
      if (count === null) return ctx.editMessageText(ctx.t.common.staleButton);
      ctx.log.info({ broadcastId: draft.id, recipients: count }, "broadcast sent by hand");
      await ctx.editMessageText(ctx.t.broadcast.queued(count));
    });

    composer.action(scheduleLater.pattern, coordinator, async (ctx) => {
      const values = scheduleLater.parse(ctx.callbackKey, pressedData(ctx));
      const draft = values ? await findDraft(deps.db, values.broadcast, ctx.member!.id) : null;
      if (!draft) return ctx.answerCbQuery(ctx.t.common.staleButton);
      await ctx.answerCbQuery();
      await ctx.conversation.enter(whenStep, { broadcast: draft.id });
      await ctx.editMessageReplyMarkup(undefined);
      await ctx.reply(ctx.t.broadcast.askWhen(ctx.drive.timezone), { parse_mode: "HTML" });
    });

    composer.action(dropDraft.pattern, coordinator, async (ctx) => {
      const values = dropDraft.parse(ctx.callbackKey, pressedData(ctx));
      if (!values) return ctx.answerCbQuery(ctx.t.common.staleButton);
      await deleteDraft(deps.db, values.broadcast, ctx.member!.id);
      await ctx.conversation.leave();
      await ctx.answerCbQuery();
      await ctx.editMessageText(ctx.t.broadcast.cancelled);
    });

    composer.on("photo", async (ctx, next) => {
      if (ctx.conversation.step !== composeStep) return next();
      const photo = ctx.message.photo.at(-1)!;
      const caption = ctx.message.caption?.trim() ?? "";
      if (caption.length > captionMax) return ctx.reply(ctx.t.broadcast.tooLong(captionMax));
      await startDraft(ctx, caption, photo.file_id);
    });

    onStepText(composer, composeStep, async (ctx) => {
      const text = ctx.message.text.trim();
      if (!text) return ctx.reply(ctx.t.broadcast.empty);
      if (text.length > textMax) return ctx.reply(ctx.t.broadcast.tooLong(textMax));
      await startDraft(ctx, text, null);
    });

    onStepText(composer, whenStep, async (ctx) => {
      const data = whenData.safeParse(ctx.conversation.data);
      const member = ctx.member;
      if (!data.success || !member || !hasRole(member, "coordinator")) {
        await ctx.conversation.leave();
        return ctx.reply(ctx.t.common.staleButton);
      }
      const now = deps.now();
      const at = parseTypedDateTime(ctx.message.text, ctx.drive.timezone, now);
      if (!at) return ctx.reply(ctx.t.broadcast.badWhen);
      if (at <= now) return ctx.reply(ctx.t.broadcast.pastWhen);
      await ctx.conversation.leave();
      if (!(await scheduleBroadcast(deps.db, data.data.broadcast, member.id, at))) {
        return ctx.reply(ctx.t.common.staleButton);
      }
      ctx.log.info(
        { broadcastId: data.data.broadcast, at: at.toISOString() },
        "broadcast scheduled",
      );
      const when = formatDateTime(at, ctx.drive.timezone, ctx.lang);
      await ctx.reply(ctx.t.broadcast.scheduled(when), { parse_mode: "HTML" });
    });
    return composer;
  },
};

async function startDraft(
  ctx: BotContext,
  text: string,
  photoFileId: string | null,
): Promise<void> {
  const member = ctx.member;
  if (!member || !hasRole(member, "coordinator")) {
    await ctx.conversation.leave();
    await ctx.reply(ctx.t.common.notAllowed);
    return;
  }
  const draft = await createBroadcastDraft(ctx.deps.db, {
    driveId: ctx.deps.driveId,
    authorId: member.id,
    text,
    photoFileId,
  });
  await ctx.conversation.leave();
  await ctx.reply(ctx.t.broadcast.chooseAudience, {
    reply_markup: await audienceKeyboard(ctx, draft.id),
  });
}
