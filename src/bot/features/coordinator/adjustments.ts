import { Composer, Markup } from "telegraf";
import type { InlineKeyboardButton } from "telegraf/types";
import { formatEuros } from "../../../domain/money.ts";
import { formatQuantity } from "../../../domain/quantity.ts";
import type { AdjustmentKind, Language } from "../../../domain/values.ts";
import {
  findOrderIdOfLine,
  recordAdjustment,
  type AdjustmentFacts,
} from "../../../db/adjustments.ts";
import { findPackingOrder, type PackingLine } from "../../../db/packing.ts";
import type { OutgoingMessage } from "../../../db/outbox.ts";
import type { BotContext } from "../../context.ts";
import type { Feature } from "../../feature.ts";
import { pickLanguage, textsFor } from "../../i18n.ts";
import { requireRole } from "../../roles.ts";
import { crateLabelOf } from "./packing-documents.ts";
import {
  adjustLine,
  adjustOrder,
  adjustQuantity,
  dataOf,
  packingOrders,
  showOrder,
  type Origin,
} from "./pickup-actions.ts";

const kinds: AdjustmentKind[] = ["missing", "damaged"];

/** Missing and damaged items, marked from a crate at packing or at the pickup counter. */
export const adjustmentsFeature: Feature = {
  name: "adjustments",
  commands: [],
  create() {
    const composer = new Composer<BotContext>();
    const staff = requireRole("volunteer", "coordinator");

    composer.action(adjustOrder.pattern, staff, async (ctx) => {
      const values = adjustOrder.parse(ctx.callbackKey, dataOf(ctx));
      if (!values) return ctx.answerCbQuery(ctx.t.common.staleButton);
      await showLines(ctx, values.order, originOf(values.origin));
    });

    composer.action(adjustLine.pattern, staff, async (ctx) => {
      const values = adjustLine.parse(ctx.callbackKey, dataOf(ctx));
      const orderId = values
        ? await findOrderIdOfLine(ctx.deps.db, ctx.drive.id, values.line)
        : null;
      const order = orderId ? await findPackingOrder(ctx.deps.db, ctx.drive.id, orderId) : null;
      const line = order?.lines.find((candidate) => candidate.id === values?.line);
      if (!values || !order || !line) return ctx.answerCbQuery(ctx.t.common.staleButton);
      const origin = originOf(values.origin);
      const left = leftOf(line);
      const a = ctx.t.pickup.adjust;
      if (left === 0) return ctx.answerCbQuery(a.nothingLeft);
      const rows = kinds.map((kind, kindIndex) =>
        quantityChoices(left).map((steps) =>
          Markup.button.callback(
            (kind === "missing" ? a.missingButton : a.damagedButton)(
              quantity(line, steps, ctx.lang),
            ),
            adjustQuantity.pack(ctx.callbackKey, { line: line.id, kind: kindIndex, steps, origin }),
          ),
        ),
      );
      rows.push([backTo(ctx, order.id, origin)]);
      const text = a.lineDetail(
        line.productName,
        quantity(line, line.steps, ctx.lang),
        quantity(line, left, ctx.lang),
      );
      await ctx.editMessageText(text, { parse_mode: "HTML", ...Markup.inlineKeyboard(rows) });
    });

    composer.action(adjustQuantity.pattern, staff, async (ctx) => {
      const values = adjustQuantity.parse(ctx.callbackKey, dataOf(ctx));
      const kind = values ? kinds[values.kind] : undefined;
      if (!values || !kind) return ctx.answerCbQuery(ctx.t.common.staleButton);
      const result = await recordAdjustment(ctx.deps.db, {
        driveId: ctx.drive.id,
        orderLineId: values.line,
        kind,
        steps: values.steps,
        recordedById: ctx.member!.id,
        notices: (facts) => adjustmentNotices(facts),
      });
      ctx.log.info({ lineId: values.line, kind, steps: values.steps, ok: result.ok }, "adjustment");
      const a = ctx.t.pickup.adjust;
      if (!result.ok) {
        if (result.reason === "not_found") return ctx.answerCbQuery(ctx.t.common.staleButton);
        if (result.reason === "too_many") {
          const orderId = await findOrderIdOfLine(ctx.deps.db, ctx.drive.id, values.line);
          const order = orderId ? await findPackingOrder(ctx.deps.db, ctx.drive.id, orderId) : null;
          const line = order?.lines.find((candidate) => candidate.id === values.line);
          const left = line ? quantity(line, result.leftSteps ?? 0, ctx.lang) : "0";
          return ctx.answerCbQuery(a.tooMany(left), { show_alert: true });
        }
        return ctx.answerCbQuery(ctx.t.pickup.changed);
      }
      const { facts } = result;
      const euros = (cents: number) => formatEuros(cents, ctx.lang);
      let notice = a.recorded(
        kind,
        quantity(facts, facts.steps, ctx.lang),
        facts.productName,
        euros(facts.amountCents),
      );
      if (facts.creditCents > 0) notice += `\n${a.credited(euros(facts.creditCents))}`;
      await ctx.answerCbQuery();
      await showLines(ctx, facts.orderId, originOf(values.origin), notice);
    });

    return composer;
  },
};

function originOf(value: number): Origin {
  return value === 0 ? 0 : 1;
}

function leftOf(line: PackingLine): number {
  return line.steps - line.missingSteps - line.damagedSteps;
}

/** One, two, three… and "all" when more are left: the quantities a packer usually finds. */
function quantityChoices(left: number): number[] {
  if (left <= 4) return Array.from({ length: left }, (_, index) => index + 1);
  return [1, 2, 3, left];
}

function quantity(
  line: { unit: PackingLine["unit"]; stepSize: number },
  steps: number,
  lang: Language,
) {
  return formatQuantity(steps, { unit: line.unit, stepSize: line.stepSize }, lang);
}

function backTo(ctx: BotContext, orderId: number, origin: Origin, sessionId?: number) {
  const data =
    origin === 1 || sessionId === undefined
      ? showOrder.pack(ctx.callbackKey, { order: orderId })
      : packingOrders.pack(ctx.callbackKey, { session: sessionId, page: 0 });
  return Markup.button.callback(ctx.t.common.back, data);
}

async function showLines(ctx: BotContext, orderId: number, origin: Origin, notice?: string) {
  const order = await findPackingOrder(ctx.deps.db, ctx.drive.id, orderId);
  if (!order) return ctx.answerCbQuery(ctx.t.common.staleButton);
  const a = ctx.t.pickup.adjust;
  const rows: InlineKeyboardButton[][] = order.lines
    .filter((line) => leftOf(line) > 0)
    .map((line) => [
      Markup.button.callback(
        a.lineButton(line.productName, quantity(line, leftOf(line), ctx.lang)),
        adjustLine.pack(ctx.callbackKey, { line: line.id, origin }),
      ),
    ]);
  rows.push([backTo(ctx, order.id, origin, order.sessionId)]);
  const name = order.member.crateName || order.member.firstName;
  const text = (notice ? `${notice}\n\n` : "") + a.chooseLine(crateLabelOf(order), name);
  await ctx.editMessageText(text, { parse_mode: "HTML", ...Markup.inlineKeyboard(rows) });
}

/** The customer and each member of the farm are told, each in their own language. */
function adjustmentNotices(facts: AdjustmentFacts): OutgoingMessage[] {
  const textFor = (language: string) => {
    const lang = pickLanguage(language, undefined);
    return { lang, a: textsFor(lang).pickup.adjust };
  };
  const customer = textFor(facts.customer.language);
  const euros = (cents: number) => formatEuros(cents, customer.lang);
  let customerText = customer.a.customerNotice(
    facts.kind,
    quantity(facts, facts.steps, customer.lang),
    facts.productName,
    euros(facts.amountCents),
    euros(facts.newTotalCents),
  );
  if (facts.creditCents > 0) customerText += customer.a.customerCredit(euros(facts.creditCents));
  const messages: OutgoingMessage[] = [
    {
      chatId: facts.customer.telegramId,
      memberId: facts.customer.memberId,
      payload: { text: customerText, parse_mode: "HTML" },
      reason: "adjustment",
    },
  ];
  for (const producer of facts.producers) {
    const { lang, a } = textFor(producer.language);
    const text = a.producerNotice(
      facts.kind,
      quantity(facts, facts.steps, lang),
      facts.productName,
      crateLabelOf({ crateNumber: facts.crateNumber, code: facts.orderCode }),
    );
    messages.push({
      chatId: producer.telegramId,
      memberId: producer.memberId,
      payload: { text, parse_mode: "HTML" },
      reason: "adjustment_producer",
    });
  }
  return messages;
}
