import { Composer, Markup } from "telegraf";
import { dayNumberOf, parseDayText, shiftDayOf } from "../../../domain/shift-day.ts";
import {
  findMemberName,
  listRecentShifts,
  recordShift,
  searchMembersByName,
  shiftTasks,
} from "../../../db/shifts.ts";
import { defineAction } from "../../callback-data.ts";
import type { BotContext } from "../../context.ts";
import { onStepText } from "../../conversation.ts";
import { namesOf, type Feature, type MenuCommand } from "../../feature.ts";
import { requireRole } from "../../roles.ts";
import { dataOf } from "./pickup-actions.ts";
import { formatDay } from "./pickup-dates.ts";

const shiftsCommand: MenuCommand = {
  fr: "benevolat",
  en: "shifts",
  roles: ["coordinator"],
  description: (t) => t.shifts.menu,
};

const pickMember = defineAction("wsmem", ["member"] as const);
const pickTask = defineAction("wstask", ["member", "task", "day"] as const);
const pickOtherDay = defineAction("wsday", ["member"] as const);

const searchStep = "shifts.search";
const dateStep = "shifts.date";

/** `/benevolat`: coordinators record who helped, which day, at what; the commission reads it. */
export const shiftsFeature: Feature = {
  name: "shifts",
  commands: [shiftsCommand],
  create(deps) {
    const composer = new Composer<BotContext>();
    const coordinator = requireRole("coordinator");

    composer.command(namesOf(shiftsCommand), coordinator, async (ctx) => {
      await ctx.conversation.enter(searchStep);
      const query = ctx.payload.trim();
      if (query) return searchMember(ctx, query);
      const recent = await listRecentShifts(deps.db, ctx.drive.id);
      const t = ctx.t.shifts;
      const lines = recent.map((shift) =>
        t.recentLine(
          formatDay(shift.day, "UTC", ctx.lang),
          shift.name,
          taskLabel(ctx, shift.task),
          shift.producerName,
        ),
      );
      const head = recent.length === 0 ? [t.noneYet] : [t.recentTitle, ...lines];
      await ctx.reply([...head, "", t.askName].join("\n"), { parse_mode: "HTML" });
    });

    onStepText(composer, searchStep, (ctx) => searchMember(ctx, ctx.message.text));

    composer.action(pickMember.pattern, coordinator, async (ctx) => {
      const values = pickMember.parse(ctx.callbackKey, dataOf(ctx));
      if (!values) return ctx.answerCbQuery(ctx.t.common.staleButton);
      const today = dayNumberOf(deps.now(), ctx.drive.timezone);
      await showTasks(ctx, values.member, today, "edit");
    });

    composer.action(pickOtherDay.pattern, coordinator, async (ctx) => {
      const values = pickOtherDay.parse(ctx.callbackKey, dataOf(ctx));
      if (!values) return ctx.answerCbQuery(ctx.t.common.staleButton);
      await ctx.conversation.enter(dateStep, { memberId: values.member });
      await ctx.answerCbQuery();
      await ctx.reply(ctx.t.shifts.typeDate);
    });

    onStepText(composer, dateStep, async (ctx) => {
      const day = parseDayText(ctx.message.text, dayNumberOf(deps.now(), ctx.drive.timezone));
      if (day === null) return ctx.reply(ctx.t.shifts.badDate);
      const memberId = Number(ctx.conversation.data.memberId);
      await ctx.conversation.enter(searchStep);
      await showTasks(ctx, memberId, day, "reply");
    });

    composer.action(pickTask.pattern, coordinator, async (ctx) => {
      const values = pickTask.parse(ctx.callbackKey, dataOf(ctx));
      const task = values ? shiftTasks[values.task] : undefined;
      if (!values || !task) return ctx.answerCbQuery(ctx.t.common.staleButton);
      const day = shiftDayOf(values.day);
      const result = await recordShift(deps.db, {
        driveId: ctx.drive.id,
        memberId: values.member,
        day,
        task,
        recordedById: ctx.member!.id,
      });
      ctx.log.info({ memberId: values.member, task, ok: result.ok }, "shift recorded");
      if (!result.ok) {
        const text =
          result.reason === "duplicate" ? ctx.t.shifts.duplicate : ctx.t.shifts.unknownMember;
        return ctx.answerCbQuery(text);
      }
      await ctx.answerCbQuery();
      const dayText = formatDay(day, "UTC", ctx.lang);
      await ctx.editMessageText(
        ctx.t.shifts.recorded(result.name, dayText, ctx.t.shifts.tasks[task]),
        {
          parse_mode: "HTML",
        },
      );
    });

    return composer;
  },
};

function taskLabel(ctx: BotContext, task: string): string {
  return (shiftTasks as readonly string[]).includes(task)
    ? ctx.t.shifts.tasks[task as (typeof shiftTasks)[number]]
    : task;
}

async function searchMember(ctx: BotContext, query: string): Promise<void> {
  const matches = await searchMembersByName(ctx.deps.db, ctx.drive.id, query);
  if (matches.length === 0) {
    await ctx.reply(ctx.t.shifts.noMatch(query.slice(0, 60)), { parse_mode: "HTML" });
    return;
  }
  const buttons = matches
    .slice(0, 10)
    .map((match) => [
      Markup.button.callback(
        ctx.t.shifts.memberButton(match.name, match.producerName),
        pickMember.pack(ctx.callbackKey, { member: match.id }),
      ),
    ]);
  await ctx.reply(ctx.t.shifts.chooseMember, Markup.inlineKeyboard(buttons));
}

async function showTasks(ctx: BotContext, memberId: number, day: number, how: "edit" | "reply") {
  const name = await findMemberName(ctx.deps.db, ctx.drive.id, memberId);
  if (name === null) {
    if (ctx.callbackQuery) await ctx.answerCbQuery(ctx.t.shifts.unknownMember);
    return;
  }
  const t = ctx.t.shifts;
  const tasks = shiftTasks.map((task, index) =>
    Markup.button.callback(
      t.tasks[task],
      pickTask.pack(ctx.callbackKey, { member: memberId, task: index, day }),
    ),
  );
  const other = Markup.button.callback(
    t.otherDay,
    pickOtherDay.pack(ctx.callbackKey, { member: memberId }),
  );
  const text = t.chooseTask(name, formatDay(shiftDayOf(day), "UTC", ctx.lang));
  const extra = { parse_mode: "HTML" as const, ...Markup.inlineKeyboard([tasks, [other]]) };
  if (how === "edit") await ctx.editMessageText(text, extra);
  else await ctx.reply(text, extra);
}
