import type { Composer } from "telegraf";
import { findFarmName } from "../../../db/producer-farms.ts";
import { loadMonthStatement, type SessionStatement } from "../../../db/statements.ts";
import type { Statement } from "../../../domain/commission.ts";
import { formatEuros } from "../../../domain/money.ts";
import { toLocaleTag, type Language } from "../../../domain/values.ts";
import type { BotContext } from "../../context.ts";
import { openSales } from "./actions.ts";
import { formatMonth, formatShortDay, formatWeekday, monthBounds, monthOf } from "./day-text.ts";
import { button, farmOf, onProducerAction, show } from "./ui.ts";

/** "5 %", "12,5 %" / "5%": basis points as a percentage. */
export function formatRate(basisPoints: number, lang: Language): string {
  const number = new Intl.NumberFormat(toLocaleTag(lang), { maximumFractionDigits: 2 });
  const value = number.format(basisPoints / 100);
  return lang === "fr" ? `${value}\u00a0%` : `${value}%`;
}

function figures(ctx: BotContext, statement: Statement): string[] {
  const t = ctx.t.producer.sales;
  const euros = (cents: number) => formatEuros(cents, ctx.lang);
  return [
    t.gross(euros(statement.grossCents)),
    ...(statement.deductionsCents > 0 ? [t.deductions(euros(statement.deductionsCents))] : []),
  ];
}

/** Why this rate: who of the farm helped and when, or that nobody did in the window. */
export function rateReason(ctx: BotContext, row: SessionStatement): string {
  const t = ctx.t.producer.sales;
  const rate = formatRate(row.rate.basisPoints, ctx.lang);
  if (row.rate.helped && row.rate.lastShift) {
    const day = formatShortDay(row.rate.lastShift, ctx.drive.timezone, ctx.lang);
    return t.helped(rate, row.rate.helperName ?? "?", day);
  }
  return t.notHelped(rate, ctx.drive.helpWindowMonths);
}

function sessionBlock(ctx: BotContext, row: SessionStatement): string[] {
  const t = ctx.t.producer.sales;
  const euros = (cents: number) => formatEuros(cents, ctx.lang);
  const rate = formatRate(row.rate.basisPoints, ctx.lang);
  const day = formatWeekday(row.pickupStartsAt, ctx.drive.timezone, ctx.lang);
  return [
    t.session({ day, open: row.status === "open" }),
    ...figures(ctx, row.statement),
    `${t.commission(rate, euros(row.statement.commissionCents))} (${rateReason(ctx, row)})`,
    t.due(euros(row.statement.dueToProducerCents)),
  ];
}

/** `/ventes`: a month of the farm's sessions, each with its rate explained, and the month's sum. */
export async function showSales(ctx: BotContext, year: number, month: number): Promise<void> {
  const { db, driveId } = ctx.deps;
  const producerId = farmOf(ctx);
  const t = ctx.t.producer.sales;
  const range = monthBounds(year, month, ctx.drive.timezone);
  const result = await loadMonthStatement(db, ctx.drive, producerId, range);
  const farm = (await findFarmName(db, driveId, producerId)) ?? "";
  const lines = [t.title(farm, formatMonth(year, month, ctx.drive.timezone, ctx.lang)), ""];
  if (result.sessions.length === 0) lines.push(t.none);
  for (const row of result.sessions) lines.push(...sessionBlock(ctx, row), "");
  if (result.sessions.length > 1) {
    const euros = (cents: number) => formatEuros(cents, ctx.lang);
    lines.push(
      t.monthTotal,
      ...figures(ctx, result.total),
      t.commissionTotal(euros(result.total.commissionCents)),
      t.due(euros(result.total.dueToProducerCents)),
    );
  }
  const previous = monthOf(new Date(range.start.getTime() - 1), ctx.drive.timezone);
  const following = monthOf(range.end, ctx.drive.timezone);
  await show(ctx, {
    text: lines.join("\n").trim(),
    buttons: [
      [
        button(ctx, t.previous, openSales, { year: previous.year, month: previous.month }),
        button(ctx, t.next, openSales, { year: following.year, month: following.month }),
      ],
    ],
  });
}

export async function showCurrentSales(ctx: BotContext): Promise<void> {
  const { year, month } = monthOf(ctx.deps.now(), ctx.drive.timezone);
  await showSales(ctx, year, month);
}

export function registerSalesActions(composer: Composer<BotContext>): void {
  onProducerAction(composer, openSales, async (ctx, { year, month }) => {
    if (month < 1 || month > 12 || year < 2000 || year > 3000) {
      return ctx.answerCbQuery(ctx.t.common.staleButton);
    }
    await showSales(ctx, year, month);
  });
}
