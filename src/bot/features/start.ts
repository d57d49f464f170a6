import { Composer } from "telegraf";
import { redeemInvitation } from "../../db/invitations.ts";
import { upsertMemberFromTelegram } from "../../db/members.ts";
import type { BotContext, BotDeps } from "../context.ts";
import type { Feature } from "../feature.ts";
import { pickLanguage } from "../i18n.ts";
import { refreshMemberMenu } from "../menus.ts";
import { onboardingView, welcomeBackView } from "./customer/onboarding.ts";
import { show } from "./customer/view.ts";

/**
 * `/start [code]`: greets, registers the member, and redeems an invitation code. A
 * customer who has not accepted the privacy notice yet gets the one-tap onboarding.
 */
export const startFeature: Feature = {
  name: "start",
  commands: [{ fr: "start", en: "start", roles: ["everyone"], description: (t) => t.menu.start }],
  create(deps: BotDeps) {
    const composer = new Composer<BotContext>();
    composer.start(async (ctx) => {
      const isNew = ctx.member === null;
      const member = await upsertMemberFromTelegram(deps.db, deps.driveId, {
        telegramId: BigInt(ctx.from.id),
        firstName: ctx.from.first_name,
        lastName: ctx.from.last_name,
        username: ctx.from.username,
        language: pickLanguage(undefined, ctx.from.language_code),
      });
      ctx.member = member;
      await ctx.conversation.leave();
      const greeting = isNew
        ? ctx.t.start.welcome(ctx.from.first_name, ctx.drive.name)
        : ctx.t.start.welcomeBack(ctx.from.first_name);
      const code = ctx.payload.trim();
      if (!code) {
        await show(
          ctx,
          member.consentAt ? welcomeBackView(ctx, greeting) : onboardingView(ctx, member, greeting),
        );
        return;
      }
      await ctx.reply(greeting, { parse_mode: "HTML" });
      await redeem(ctx, code);
      if (!ctx.member?.consentAt) await show(ctx, onboardingView(ctx, ctx.member ?? member));
    });
    return composer;
  },
};

async function redeem(ctx: BotContext, code: string): Promise<void> {
  const { db, driveId, now } = ctx.deps;
  const result = await redeemInvitation(db, {
    driveId,
    code,
    memberId: ctx.member!.id,
    now: now(),
  });
  if (!result.ok) {
    ctx.log.info({ reason: result.reason }, "invitation refused");
    await ctx.reply(ctx.t.start.invitationRefused[result.reason]);
    return;
  }
  ctx.member = result.member;
  ctx.log.info({ role: result.role }, "invitation redeemed");
  const accepted = ctx.t.start.invitationAccepted;
  if (result.role === "producer") {
    const farm = result.producerId
      ? await db.producer.findUnique({ where: { id: result.producerId } })
      : null;
    await ctx.reply(accepted.producer(farm?.name ?? "?"), { parse_mode: "HTML" });
  } else {
    await ctx.reply(accepted[result.role]);
  }
  await refreshMemberMenu(ctx.telegram, ctx.deps.logger, result.member, ctx.deps.menu);
}
