import { Composer, Markup } from "telegraf";
import { formatEuros } from "../../domain/money.ts";
import { createComplaint, listReportableOrders, type ComplaintFacts } from "../../db/complaints.ts";
import type { OutgoingMessage } from "../../db/outbox.ts";
import type { BotContext, BotDeps } from "../context.ts";
import { onStepText } from "../conversation.ts";
import { namesOf, type Feature, type MenuCommand } from "../feature.ts";
import { pickLanguage, textsFor } from "../i18n.ts";
import { requireRole } from "../roles.ts";
import {
  grantCredit,
  refuseComplaint,
  reportOrder,
  sendWithoutPhoto,
} from "./coordinator/complaints-actions.ts";
import { dataOf } from "./coordinator/pickup-actions.ts";
import { formatDay } from "./coordinator/pickup-dates.ts";

const reportCommand: MenuCommand = {
  fr: "signaler",
  en: "report",
  roles: ["customer"],
  description: (t) => t.complaints.menu,
};

const textStep = "complaint.text";
const photoStep = "complaint.photo";
/** Orders collected within this many days can be reported. */
const reportWindowDays = 30;

function sinceOf(deps: BotDeps): Date {
  return new Date(deps.now().getTime() - reportWindowDays * 86_400_000);
}

/** `/signaler`: a customer reports a problem with a recent collected order, with a photo. */
export const complaintFeature: Feature = {
  name: "complaint",
  commands: [reportCommand],
  create(deps) {
    const composer = new Composer<BotContext>();
    const customer = requireRole("customer");

    composer.command(namesOf(reportCommand), customer, async (ctx) => {
      const orders = await listReportableOrders(deps.db, ctx.member!.id, sinceOf(deps));
      if (orders.length === 0) return ctx.reply(ctx.t.complaints.none);
      const t = ctx.t.complaints;
      const buttons = orders.map((order) => [
        Markup.button.callback(
          t.orderButton(
            order.code,
            formatDay(order.pickupStartsAt, ctx.drive.timezone, ctx.lang),
            formatEuros(order.totalCents, ctx.lang),
          ),
          reportOrder.pack(ctx.callbackKey, { order: order.id }),
        ),
      ]);
      await ctx.reply(t.chooseOrder, Markup.inlineKeyboard(buttons));
    });

    composer.action(reportOrder.pattern, customer, async (ctx) => {
      const values = reportOrder.parse(ctx.callbackKey, dataOf(ctx));
      const orders = await listReportableOrders(deps.db, ctx.member!.id, sinceOf(deps));
      const order = orders.find((candidate) => candidate.id === values?.order);
      if (!order) return ctx.answerCbQuery(ctx.t.common.staleButton);
      await ctx.conversation.enter(textStep, { orderId: order.id, code: order.code });
      await ctx.editMessageText(ctx.t.complaints.describe(order.code), { parse_mode: "HTML" });
    });

    composer.action(sendWithoutPhoto.pattern, customer, async (ctx) => {
      if (
        !sendWithoutPhoto.parse(ctx.callbackKey, dataOf(ctx)) ||
        ctx.conversation.step !== photoStep
      ) {
        return ctx.answerCbQuery(ctx.t.common.staleButton);
      }
      await ctx.answerCbQuery();
      await submit(ctx, String(ctx.conversation.data.text ?? ""), null);
    });

    onStepText(composer, textStep, async (ctx) => {
      const text = ctx.message.text.trim();
      if (text.length < 5) return ctx.reply(ctx.t.complaints.tooShort);
      await ctx.conversation.enter(photoStep, {
        ...ctx.conversation.data,
        text: text.slice(0, 2000),
      });
      const skip = sendWithoutPhoto.pack(ctx.callbackKey, {});
      await ctx.reply(ctx.t.complaints.askPhoto, {
        ...Markup.inlineKeyboard([[Markup.button.callback(ctx.t.complaints.noPhoto, skip)]]),
      });
    });

    onStepText(composer, photoStep, async (ctx) => {
      await ctx.reply(ctx.t.complaints.photoOrSkip);
    });

    composer.on("photo", async (ctx, next) => {
      const step = ctx.conversation.step;
      if (step !== photoStep && step !== textStep) return next();
      const caption = ctx.message.caption?.trim() ?? "";
      const text = step === photoStep ? String(ctx.conversation.data.text ?? "") : caption;
      if (text.length < 5) return ctx.reply(ctx.t.complaints.tooShort);
      const largest = ctx.message.photo.at(-1);
      await submit(ctx, text, largest?.file_id ?? null);
    });

    return composer;
  },
};

async function submit(ctx: BotContext, text: string, photoFileId: string | null): Promise<void> {
  const orderId = Number(ctx.conversation.data.orderId);
  const facts = await createComplaint(ctx.deps.db, {
    memberId: ctx.member!.id,
    orderId,
    since: sinceOf(ctx.deps),
    text,
    photoFileId,
    notices: (facts) => complaintNotices(ctx.deps, facts),
  });
  await ctx.conversation.leave();
  if (!facts) {
    await ctx.reply(ctx.t.common.staleButton);
    return;
  }
  ctx.log.info({ complaintId: facts.complaintId, photo: photoFileId !== null }, "complaint");
  await ctx.reply(ctx.t.complaints.sent);
}

/** Each coordinator gets buttons signed for them alone; each producer of the order is told. */
function complaintNotices(deps: BotDeps, facts: ComplaintFacts): OutgoingMessage[] {
  const messages: OutgoingMessage[] = [];
  const hasPhoto = facts.photoFileId !== null;
  for (const coordinator of facts.coordinators) {
    const t = textsFor(pickLanguage(coordinator.language, undefined)).complaints;
    const key = { signer: deps.signer, userId: Number(coordinator.telegramId) };
    const keyboard = Markup.inlineKeyboard([
      [
        Markup.button.callback(t.grant, grantCredit.pack(key, { complaint: facts.complaintId })),
        Markup.button.callback(
          t.refuse,
          refuseComplaint.pack(key, { complaint: facts.complaintId }),
        ),
      ],
    ]);
    const base = { chatId: coordinator.telegramId, memberId: coordinator.memberId };
    if (hasPhoto) {
      messages.push({
        ...base,
        method: "sendPhoto",
        payload: {
          photo: facts.photoFileId,
          caption: t.photoCaption(facts.orderCode),
          parse_mode: "HTML",
        },
        reason: "complaint_photo",
      });
    }
    messages.push({
      ...base,
      payload: {
        text: t.coordinatorNotice(facts.customerName, facts.orderCode, facts.text, hasPhoto),
        parse_mode: "HTML",
        reply_markup: keyboard.reply_markup,
      },
      reason: "complaint",
    });
  }
  for (const producer of facts.producers) {
    const t = textsFor(pickLanguage(producer.language, undefined)).complaints;
    messages.push({
      chatId: producer.telegramId,
      memberId: producer.memberId,
      payload: {
        text: t.producerNotice(producer.producerName, facts.orderCode, facts.text),
        parse_mode: "HTML",
      },
      reason: "complaint_producer",
    });
  }
  return messages;
}
