import { Composer, Markup, TelegramError } from "telegraf";
import { erasePersonalData, exportPersonalData } from "../../db/personal-data.ts";
import { defineAction } from "../callback-data.ts";
import type { BotContext } from "../context.ts";
import type { Feature, MenuCommand } from "../feature.ts";
import { namesOf } from "../feature.ts";

const privacyCommand: MenuCommand = {
  fr: "confidentialite",
  en: "privacy",
  roles: ["everyone"],
  description: (t) => t.privacy.menuPrivacy,
};

const myDataCommand: MenuCommand = {
  fr: "mesdonnees",
  en: "mydata",
  roles: ["everyone"],
  description: (t) => t.privacy.menuMyData,
};

const forgetCommand: MenuCommand = {
  fr: "oubliermoi",
  en: "forgetme",
  roles: ["everyone"],
  description: (t) => t.privacy.menuForgetMe,
};

/** The answer to the erasure question: 1 erases, 0 keeps everything. */
export const forgetAction = defineAction("rgpdfg", ["erase"] as const);

/** RGPD: the privacy notice, the export of a member's data, and its erasure. */
export const privacyFeature: Feature = {
  name: "privacy",
  commands: [privacyCommand, myDataCommand, forgetCommand],
  create(deps) {
    const composer = new Composer<BotContext>();

    composer.command(namesOf(privacyCommand), async (ctx) => {
      await ctx.reply(ctx.t.privacy.notice(ctx.drive.name), { parse_mode: "HTML" });
    });

    composer.command(namesOf(myDataCommand), async (ctx) => {
      const data = ctx.member ? await exportPersonalData(deps.db, ctx.member.id, deps.now()) : null;
      if (!data) {
        await ctx.reply(ctx.t.privacy.exportNothing);
        return;
      }
      ctx.log.info({ memberId: ctx.member?.id }, "personal data exported");
      const source = Buffer.from(JSON.stringify(data, null, 2), "utf8");
      await ctx.replyWithDocument(
        { source, filename: ctx.t.privacy.exportFileName },
        { caption: ctx.t.privacy.exportCaption },
      );
    });

    composer.command(namesOf(forgetCommand), async (ctx) => {
      if (!ctx.member) {
        await ctx.reply(ctx.t.privacy.forgetNothing);
        return;
      }
      const key = ctx.callbackKey;
      await ctx.reply(
        ctx.t.privacy.forgetAsk,
        Markup.inlineKeyboard([
          [
            Markup.button.callback(
              ctx.t.privacy.forgetConfirm,
              forgetAction.pack(key, { erase: 1 }),
            ),
          ],
          [Markup.button.callback(ctx.t.privacy.forgetKeep, forgetAction.pack(key, { erase: 0 }))],
        ]),
      );
    });

    composer.action(forgetAction.pattern, async (ctx) => {
      const values = forgetAction.parse(ctx.callbackKey, dataOf(ctx));
      if (!values) {
        await ctx.answerCbQuery(ctx.t.common.staleButton);
        return;
      }
      if (values.erase !== 1) {
        await ctx.answerCbQuery();
        await editQuietly(ctx, ctx.t.privacy.forgetKept);
        return;
      }
      const result = ctx.member
        ? await erasePersonalData(deps.db, ctx.member.id, deps.now())
        : ({ erased: false, reason: "unknown" } as const);
      await ctx.answerCbQuery();
      if (!result.erased) {
        await editQuietly(ctx, ctx.t.privacy.forgetNothing);
        return;
      }
      ctx.log.info({ memberId: ctx.member?.id }, "personal data erased");
      ctx.member = null;
      await editQuietly(ctx, ctx.t.privacy.forgetDone);
    });

    return composer;
  },
};

function dataOf(ctx: BotContext): string {
  const query = ctx.callbackQuery;
  return query && "data" in query ? query.data : "";
}

/** A second press on the same button would edit the message to what it already says. */
async function editQuietly(ctx: BotContext, text: string): Promise<void> {
  try {
    await ctx.editMessageText(text);
  } catch (error) {
    if (error instanceof TelegramError && /message is not modified/.test(error.description)) return;
    throw error;
  }
}
