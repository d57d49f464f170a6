import { Composer, Markup } from "telegraf";
import type { InlineKeyboardButton } from "telegraf/types";
import { toCsv } from "../../../documents/csv.ts";
import { formatEuros } from "../../../domain/money.ts";
import { toLocaleTag, type Language } from "../../../domain/values.ts";
import type { Session } from "../../../db/sessions.ts";
import { computeSessionStats, listStatsSessions, type SessionStats } from "../../../db/stats.ts";
import { defineAction } from "../../callback-data.ts";
import type { BotContext } from "../../context.ts";
import { namesOf, type Feature, type MenuCommand } from "../../feature.ts";
import { requireRole } from "../../roles.ts";
import { dataOf } from "./pickup-actions.ts";
import { formatDay, formatIsoDay } from "./pickup-dates.ts";

const statsCommand: MenuCommand = {
  fr: "bilan",
  en: "stats",
  roles: ["coordinator"],
  description: (t) => t.stats.menu,
};

const showSession = defineAction("wbses", ["session"] as const);
const exportCsv = defineAction("wbcsv", ["session"] as const);

/** `/bilan`: a session's figures, worked out by the database, and their CSV export. */
export const statsFeature: Feature = {
  name: "stats",
  commands: [statsCommand],
  create(deps) {
    const composer = new Composer<BotContext>();
    const coordinator = requireRole("coordinator");

    composer.command(namesOf(statsCommand), coordinator, async (ctx) => {
      const sessions = await listStatsSessions(deps.db, ctx.drive.id);
      const latest = sessions[0];
      if (!latest) return ctx.reply(ctx.t.stats.none);
      await ctx.reply(await statsText(ctx, latest), {
        parse_mode: "HTML",
        ...keyboard(ctx, latest, sessions),
      });
    });

    composer.action(showSession.pattern, coordinator, async (ctx) => {
      const values = showSession.parse(ctx.callbackKey, dataOf(ctx));
      const sessions = await listStatsSessions(deps.db, ctx.drive.id);
      const session = sessions.find((candidate) => candidate.id === values?.session);
      if (!session) return ctx.answerCbQuery(ctx.t.common.staleButton);
      await ctx.editMessageText(await statsText(ctx, session), {
        parse_mode: "HTML",
        ...keyboard(ctx, session, sessions),
      });
    });

    composer.action(exportCsv.pattern, coordinator, async (ctx) => {
      const values = exportCsv.parse(ctx.callbackKey, dataOf(ctx));
      const session = values
        ? await deps.db.session.findFirst({ where: { id: values.session, driveId: ctx.drive.id } })
        : null;
      if (!session) return ctx.answerCbQuery(ctx.t.common.staleButton);
      await ctx.answerCbQuery();
      const stats = await computeSessionStats(deps.db, ctx.drive, session);
      const filename = ctx.t.stats.csvName(
        formatIsoDay(session.pickupStartsAt, ctx.drive.timezone),
      );
      await ctx.replyWithDocument({ source: statsCsv(ctx, stats), filename });
    });

    return composer;
  },
};

function percent(value: number, lang: Language): string {
  const format = new Intl.NumberFormat(toLocaleTag(lang), {
    style: "percent",
    maximumFractionDigits: 1,
  });
  return format.format(value);
}

async function statsText(ctx: BotContext, session: Session): Promise<string> {
  const stats = await computeSessionStats(ctx.deps.db, ctx.drive, session);
  const t = ctx.t.stats;
  const euros = (cents: number) => formatEuros(cents, ctx.lang);
  const ratio = (part: number, whole: number) => percent(whole === 0 ? 0 : part / whole, ctx.lang);
  const out = [
    t.title(formatDay(session.pickupStartsAt, ctx.drive.timezone, ctx.lang)),
    t.baskets(stats.baskets, euros(stats.averageBasketCents)),
    t.gross(euros(stats.grossCents)),
    "",
    t.producersTitle,
    ...stats.producers.map((row) =>
      t.producerLine(
        row.producerName,
        euros(row.netSalesCents),
        percent(row.basisPoints / 10_000, ctx.lang),
        euros(row.commissionCents),
      ),
    ),
    t.commission(euros(stats.commissionCents)),
    "",
    t.membership(stats.membershipFees, euros(stats.membershipCents)),
    t.missing(
      euros(stats.deductionsCents),
      ratio(stats.deductionsCents, stats.grossCents),
      stats.linesAffected,
      stats.lines,
      ratio(stats.linesAffected, stats.lines),
    ),
    t.unpaid(euros(stats.unpaidCents)),
  ];
  return out.join("\n");
}

function keyboard(ctx: BotContext, current: Session, sessions: Session[]) {
  const others: InlineKeyboardButton[] = sessions
    .filter((session) => session.id !== current.id)
    .slice(0, 4)
    .map((session) =>
      Markup.button.callback(
        formatDay(session.pickupStartsAt, ctx.drive.timezone, ctx.lang),
        showSession.pack(ctx.callbackKey, { session: session.id }),
      ),
    );
  const csv = Markup.button.callback(
    ctx.t.stats.csv,
    exportCsv.pack(ctx.callbackKey, { session: current.id }),
  );
  const rows: InlineKeyboardButton[][] = [[csv]];
  for (let index = 0; index < others.length; index += 2) rows.push(others.slice(index, index + 2));
  return Markup.inlineKeyboard(rows);
}

function statsCsv(ctx: BotContext, stats: SessionStats): Buffer {
  const euros = (cents: number) => cents / 100;
  const rows = stats.producers.map((row) => [
    row.producerName,
    row.lines,
    euros(row.grossCents),
    euros(row.deductionsCents),
    euros(row.netSalesCents),
    row.basisPoints / 100,
    euros(row.commissionCents),
    euros(row.dueToProducerCents),
  ]);
  const sum = (pick: (row: SessionStats["producers"][number]) => number) =>
    stats.producers.reduce((total, row) => total + pick(row), 0);
  rows.push([
    ctx.t.stats.csvTotal,
    stats.lines,
    euros(sum((row) => row.grossCents)),
    euros(sum((row) => row.deductionsCents)),
    euros(sum((row) => row.netSalesCents)),
    "",
    euros(stats.commissionCents),
    euros(sum((row) => row.dueToProducerCents)),
  ]);
  return toCsv(ctx.t.stats.csvHeader, rows);
}
