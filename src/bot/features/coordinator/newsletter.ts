import { Composer, Markup } from "telegraf";
import type { InlineKeyboardButton } from "telegraf/types";
import { z } from "zod";
import { setNewsletterNote } from "../../../db/newsletter.ts";
import type { Session } from "../../../db/sessions.ts";
import { formatDateTime } from "../../../domain/calendar.ts";
import { findComingNewsletterSession, previewNewsletter } from "../../../jobs/newsletter.ts";
import { defineAction } from "../../callback-data.ts";
import { onStepText } from "../../conversation.ts";
import type { BotContext } from "../../context.ts";
import { namesOf, type Feature, type MenuCommand } from "../../feature.ts";
import { hasRole, requireRole } from "../../roles.ts";
import { pressedData } from "./schedule-view.ts";

const newsletterCommand: MenuCommand = {
  fr: "lettre",
  en: "newsletter",
  roles: ["coordinator"],
  description: (t) => t.newsletter.menu,
};

const editNote = defineAction("nlnote", ["session"] as const);
const removeNote = defineAction("nlrm", ["session"] as const);
const keepLetter = defineAction("nlkeep", [] as const);

const noteStep = "newsletter.note";
const noteMax = 500;
const stepData = z.object({ session: z.number().int().positive() });

/** `/lettre`: the coming newsletter as it will go, and the coordinator's own line in it. */
export const newsletterFeature: Feature = {
  name: "newsletter",
  commands: [newsletterCommand],
  create(deps) {
    const composer = new Composer<BotContext>();
    const coordinator = requireRole("coordinator");

    composer.command(namesOf(newsletterCommand), coordinator, async (ctx) => {
      await ctx.conversation.leave();
      await showPreview(ctx);
    });

    composer.action(editNote.pattern, coordinator, async (ctx) => {
      const values = editNote.parse(ctx.callbackKey, pressedData(ctx));
      const session = values ? await editableSession(ctx, values.session) : null;
      if (!values || !session) return ctx.answerCbQuery(ctx.t.common.staleButton);
      await ctx.answerCbQuery();
      await ctx.conversation.enter(noteStep, { session: session.id });
      await ctx.reply(ctx.t.newsletter.askNote);
    });

    composer.action(removeNote.pattern, coordinator, async (ctx) => {
      const values = removeNote.parse(ctx.callbackKey, pressedData(ctx));
      const session = values ? await editableSession(ctx, values.session) : null;
      if (!values || !session) return ctx.answerCbQuery(ctx.t.common.staleButton);
      if (!(await setNewsletterNote(deps.db, session.id, null))) {
        return ctx.answerCbQuery(ctx.t.newsletter.alreadySent);
      }
      await ctx.answerCbQuery(ctx.t.newsletter.noteRemoved);
      await showPreview(ctx);
    });

    composer.action(keepLetter.pattern, coordinator, async (ctx) => {
      await ctx.answerCbQuery();
      await ctx.editMessageReplyMarkup(undefined);
      await ctx.reply(ctx.t.newsletter.kept);
    });

    onStepText(composer, noteStep, async (ctx) => {
      const data = stepData.safeParse(ctx.conversation.data);
      if (!data.success || !hasRole(ctx.member, "coordinator")) {
        await ctx.conversation.leave();
        return ctx.reply(ctx.t.common.staleButton);
      }
      const note = ctx.message.text.trim();
      if (note.length > noteMax) return ctx.reply(ctx.t.newsletter.noteTooLong(noteMax));
      await ctx.conversation.leave();
      if (!(await setNewsletterNote(deps.db, data.data.session, note || null))) {
        return ctx.reply(ctx.t.newsletter.alreadySent);
      }
      ctx.log.info({ sessionId: data.data.session }, "newsletter note set");
      await ctx.reply(ctx.t.newsletter.noteSaved);
      await showPreview(ctx);
    });
    return composer;
  },
};

/** The session of a button, if its newsletter can still be changed. */
async function editableSession(ctx: BotContext, sessionId: number): Promise<Session | null> {
  return ctx.deps.db.session.findFirst({
    where: { id: sessionId, driveId: ctx.deps.driveId, newsletterSentAt: null },
  });
}

async function showPreview(ctx: BotContext): Promise<void> {
  const n = ctx.t.newsletter;
  const coming = await findComingNewsletterSession(ctx.deps, ctx.deps.now());
  if (!coming.session) {
    await ctx.reply(n.alreadySent);
    return;
  }
  const { session } = coming;
  const title = coming.open
    ? n.previewOpen
    : n.previewTitle(formatDateTime(session.opensAt, ctx.drive.timezone, ctx.lang));
  const letter = await previewNewsletter(ctx.deps.db, session, ctx.lang);
  const key = ctx.callbackKey;
  const buttons: InlineKeyboardButton[] = [
    Markup.button.callback(
      session.newsletterNote ? n.replaceNote : n.addNote,
      editNote.pack(key, { session: session.id }),
    ),
  ];
  if (session.newsletterNote) {
    buttons.push(
      Markup.button.callback(n.removeNote, removeNote.pack(key, { session: session.id })),
    );
  }
  buttons.push(Markup.button.callback(n.keep, keepLetter.pack(key, {})));
  await ctx.reply(`${title}\n\n${letter}\n\n${n.choose}`, {
    parse_mode: "HTML",
    reply_markup: Markup.inlineKeyboard([buttons]).reply_markup,
  });
}
