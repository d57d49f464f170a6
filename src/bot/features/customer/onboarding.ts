import { Composer } from "telegraf";
import { isNotFound } from "../../../db/errors.ts";
import type { Member } from "../../../db/members.ts";
import { cleanCrateName, cleanPhone } from "../../../domain/checkout.ts";
import type { BotContext } from "../../context.ts";
import { onStepText } from "../../conversation.ts";
import type { Feature } from "../../feature.ts";
import {
  acceptConsent,
  editCrateName,
  editPhone,
  openCart,
  openHome,
  openOrders,
} from "./actions.ts";
import { homeView } from "./catalogue.ts";
import { loadShop } from "./shopping.ts";
import { button, parseButton, show, type View } from "./view.ts";

const nameStep = "cu.name";
const phoneStep = "cu.phone";

/** The crate name, the phone and the privacy notice, accepted with one tap. */
export function onboardingView(ctx: BotContext, member: Member, heading?: string): View {
  const t = ctx.t.customer.onboarding;
  const lines = heading ? [heading, ""] : [];
  lines.push(t.intro, t.crateName(member.crateName), t.phone(member.phone), "", t.privacy);
  return {
    text: lines.join("\n"),
    keyboard: [
      [button(ctx, t.accept, acceptConsent, {})],
      [button(ctx, t.changeName, editCrateName, {}), button(ctx, t.addPhone, editPhone, {})],
      [button(ctx, t.browseOnly, openHome, {})],
    ],
  };
}

/** What a registered customer sees on /start: three doors, no reading needed. */
export function welcomeBackView(ctx: BotContext, heading: string): View {
  const t = ctx.t.customer;
  return {
    text: `${heading}\n${t.onboarding.welcomeBack}`,
    keyboard: [
      [button(ctx, t.onboarding.openCatalogue, openHome, {})],
      [
        button(ctx, t.onboarding.openCart, openCart, {}),
        button(ctx, t.onboarding.openOrders, openOrders, {}),
      ],
    ],
  };
}

async function saveField(ctx: BotContext, data: { crateName: string } | { phone: string }) {
  const member = await ctx.deps.db.member.update({ where: { id: ctx.member!.id }, data });
  ctx.member = member;
  await ctx.conversation.leave();
  await show(ctx, onboardingView(ctx, member));
}

/** Registration of a customer: crate name, optional phone, consent. */
export const onboardingFeature: Feature = {
  name: "customer-onboarding",
  commands: [],
  create() {
    const composer = new Composer<BotContext>();
    composer.action(acceptConsent.pattern, async (ctx) => {
      if (!(await parseButton(ctx, acceptConsent)) || !ctx.member) return;
      const { db, now } = ctx.deps;
      // One conditional statement; `updateMany` then a read would be four.
      ctx.member = await db.member
        .update({ where: { id: ctx.member.id, consentAt: null }, data: { consentAt: now() } })
        .catch(async (error: unknown) => {
          if (!isNotFound(error)) throw error;
          return db.member.findUniqueOrThrow({ where: { id: ctx.member!.id } });
        });
      await ctx.conversation.leave();
      ctx.log.info("customer accepted the privacy notice");
      await show(ctx, await homeView(ctx, await loadShop(ctx), ctx.t.customer.onboarding.accepted));
    });
    composer.action(editCrateName.pattern, async (ctx) => {
      if (!(await parseButton(ctx, editCrateName)) || !ctx.member) return;
      await ctx.conversation.enter(nameStep);
      await ctx.reply(ctx.t.customer.onboarding.askName);
    });
    composer.action(editPhone.pattern, async (ctx) => {
      if (!(await parseButton(ctx, editPhone)) || !ctx.member) return;
      await ctx.conversation.enter(phoneStep);
      await ctx.reply(ctx.t.customer.onboarding.askPhone);
    });
    onStepText(composer, nameStep, async (ctx) => {
      const name = cleanCrateName(ctx.message.text);
      if (!name || !ctx.member) {
        await ctx.reply(ctx.t.customer.onboarding.badName);
        return;
      }
      await saveField(ctx, { crateName: name });
    });
    onStepText(composer, phoneStep, async (ctx) => {
      const phone = cleanPhone(ctx.message.text);
      if (!phone || !ctx.member) {
        await ctx.reply(ctx.t.customer.onboarding.badPhone);
        return;
      }
      await saveField(ctx, { phone });
    });
    return composer;
  },
};
