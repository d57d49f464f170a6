import { Composer } from "telegraf";
import { formatEuros, parseEuros } from "../../../domain/money.ts";
import { decideComplaint, findOpenComplaint, type DecisionFacts } from "../../../db/complaints.ts";
import type { OutgoingMessage } from "../../../db/outbox.ts";
import type { BotContext } from "../../context.ts";
import { onStepText } from "../../conversation.ts";
import type { Feature } from "../../feature.ts";
import { pickLanguage, textsFor } from "../../i18n.ts";
import { requireRole } from "../../roles.ts";
import { grantCredit, refuseComplaint } from "./complaints-actions.ts";
import { dataOf } from "./pickup-actions.ts";

const creditStep = "complaint.credit";

/** A coordinator's decision on a complaint: a credit of a typed amount, or a refusal. */
export const complaintDecisionFeature: Feature = {
  name: "complaint-decision",
  commands: [],
  create(deps) {
    const composer = new Composer<BotContext>();
    const coordinator = requireRole("coordinator");

    composer.action(grantCredit.pattern, coordinator, async (ctx) => {
      const values = grantCredit.parse(ctx.callbackKey, dataOf(ctx));
      if (!values) return ctx.answerCbQuery(ctx.t.common.staleButton);
      const complaint = await findOpenComplaint(deps.db, ctx.drive.id, values.complaint);
      if (!complaint) return ctx.answerCbQuery(ctx.t.complaints.alreadyDecided);
      await ctx.conversation.enter(creditStep, { complaintId: complaint.id });
      await ctx.answerCbQuery();
      await ctx.reply(ctx.t.complaints.askCredit(complaint.orderCode), { parse_mode: "HTML" });
    });

    composer.action(refuseComplaint.pattern, coordinator, async (ctx) => {
      const values = refuseComplaint.parse(ctx.callbackKey, dataOf(ctx));
      if (!values) return ctx.answerCbQuery(ctx.t.common.staleButton);
      const answer = await decide(ctx, values.complaint, null);
      await ctx.answerCbQuery(answer);
      await ctx.reply(answer, { parse_mode: "HTML" });
    });

    onStepText(composer, creditStep, async (ctx) => {
      const parsed = parseEuros(ctx.message.text);
      if (!parsed.ok || parsed.cents === 0) return ctx.reply(ctx.t.complaints.badAmount);
      const complaintId = Number(ctx.conversation.data.complaintId);
      await ctx.conversation.leave();
      await ctx.reply(await decide(ctx, complaintId, parsed.cents), { parse_mode: "HTML" });
    });

    return composer;
  },
};

async function decide(ctx: BotContext, complaintId: number, creditCents: number | null) {
  const result = await decideComplaint(ctx.deps.db, {
    driveId: ctx.drive.id,
    complaintId,
    decidedById: ctx.member!.id,
    creditCents,
    now: ctx.deps.now(),
    notices: (facts) => [customerNotice(facts)],
  });
  ctx.log.info({ complaintId, creditCents, ok: result.ok }, "complaint decided");
  if (!result.ok) return ctx.t.complaints.alreadyDecided;
  return creditCents === null
    ? ctx.t.complaints.refused
    : ctx.t.complaints.granted(formatEuros(creditCents, ctx.lang));
}

function customerNotice(facts: DecisionFacts): OutgoingMessage {
  const lang = pickLanguage(facts.customer.language, undefined);
  const t = textsFor(lang).complaints;
  const code = facts.orderCode ?? "";
  const text =
    facts.creditCents === null
      ? t.customerRefused(code)
      : t.customerGranted(code, formatEuros(facts.creditCents, lang));
  return {
    chatId: facts.customer.telegramId,
    memberId: facts.customer.memberId,
    payload: { text, parse_mode: "HTML" },
    reason: "complaint_decision",
  };
}
