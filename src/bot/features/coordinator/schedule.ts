import { Composer } from "telegraf";
import { z } from "zod";
import { findDrive } from "../../../db/drive.ts";
import { updateDriveSchedule } from "../../../db/drive-schedule.ts";
import { onStepText } from "../../conversation.ts";
import type { BotContext } from "../../context.ts";
import { namesOf, type Feature, type MenuCommand } from "../../feature.ts";
import { hasRole, requireRole } from "../../roles.ts";
import { readScheduleInput } from "./schedule-input.ts";
import {
  chooseDay,
  chooseField,
  pressedData,
  currentTimeOf,
  dayKeyboard,
  scheduleFields,
  scheduleKeyboard,
  scheduleText,
  weekdayOf,
} from "./schedule-view.ts";
import { closeCommand, openCommand, registerOpenClose } from "./schedule-open-close.ts";

const scheduleCommand: MenuCommand = {
  fr: "horaires",
  en: "schedule",
  roles: ["coordinator"],
  description: (t) => t.schedule.menu.schedule,
};

const timeStep = "schedule.time";
const stepData = z.object({
  field: z
    .number()
    .int()
    .min(0)
    .max(scheduleFields.length - 1),
  weekday: z.number().int().min(1).max(7).nullable(),
});

/** `/horaires`, `/ouvrir`, `/fermer`: the drive's weekly times and the session by hand. */
export const scheduleFeature: Feature = {
  name: "schedule",
  commands: [scheduleCommand, openCommand, closeCommand],
  create(deps) {
    const composer = new Composer<BotContext>();
    const coordinator = requireRole("coordinator");

    composer.command(namesOf(scheduleCommand), coordinator, async (ctx) => {
      await ctx.conversation.leave();
      await ctx.reply(scheduleText(ctx.t, ctx.drive), {
        parse_mode: "HTML",
        reply_markup: scheduleKeyboard(ctx.t, ctx.callbackKey),
      });
    });

    composer.action(chooseField.pattern, coordinator, async (ctx) => {
      const values = chooseField.parse(ctx.callbackKey, pressedData(ctx));
      const field = values ? scheduleFields[values.field] : undefined;
      if (!values || !field) return ctx.answerCbQuery(ctx.t.common.staleButton);
      await ctx.answerCbQuery();
      const label = ctx.t.schedule.fields[field];
      if (weekdayOf[field]) {
        return ctx.editMessageText(ctx.t.schedule.chooseDay(label), {
          parse_mode: "HTML",
          reply_markup: dayKeyboard(ctx.t, ctx.callbackKey, values.field),
        });
      }
      await ctx.conversation.enter(timeStep, { field: values.field, weekday: null });
      await ctx.editMessageText(ctx.t.schedule.askTime(label, currentTimeOf(ctx.drive, field)), {
        parse_mode: "HTML",
      });
    });

    composer.action(chooseDay.pattern, coordinator, async (ctx) => {
      const values = chooseDay.parse(ctx.callbackKey, pressedData(ctx));
      const field = values ? scheduleFields[values.field] : undefined;
      if (!values || !field || values.day < 1 || values.day > 7) {
        return ctx.answerCbQuery(ctx.t.common.staleButton);
      }
      await ctx.answerCbQuery();
      await ctx.conversation.enter(timeStep, { field: values.field, weekday: values.day });
      const s = ctx.t.schedule;
      const current = currentTimeOf(ctx.drive, field);
      const ask =
        field === "pickup" ? s.askPickupTimes(current) : s.askTime(s.fields[field], current);
      await ctx.editMessageText(ask, { parse_mode: "HTML" });
    });

    registerOpenClose(composer);

    onStepText(composer, timeStep, async (ctx) => {
      const data = stepData.safeParse(ctx.conversation.data);
      if (!data.success || !hasRole(ctx.member, "coordinator")) {
        await ctx.conversation.leave();
        return ctx.reply(ctx.t.common.staleButton);
      }
      const field = scheduleFields[data.data.field]!;
      const input = readScheduleInput(ctx.drive, field, data.data.weekday, ctx.message.text);
      if (!input.ok) {
        const s = ctx.t.schedule;
        const why = {
          invalid: s.invalidTime,
          in_dst_gap: s.dstGap,
          ends_before_start: s.endsBeforeStart,
        };
        return ctx.reply(why[input.reason]);
      }
      await updateDriveSchedule(deps.db, deps.driveId, input.change, deps.now());
      await ctx.conversation.leave();
      ctx.log.info({ field, change: input.change }, "schedule changed");
      const drive = await findDrive(deps.db, deps.driveId);
      await ctx.reply(`${ctx.t.schedule.saved}\n\n${scheduleText(ctx.t, drive)}`, {
        parse_mode: "HTML",
        reply_markup: scheduleKeyboard(ctx.t, ctx.callbackKey),
      });
    });
    return composer;
  },
};
