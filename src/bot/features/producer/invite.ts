import { Composer } from "telegraf";
import { inviteProducer } from "../../../db/producer-farms.ts";
import { formatDateTime } from "../../../domain/calendar.ts";
import type { BotContext } from "../../context.ts";
import type { Feature, MenuCommand } from "../../feature.ts";
import { namesOf } from "../../feature.ts";
import { requireRole } from "../../roles.ts";

const inviteCommand: MenuCommand = {
  fr: "inviter_producteur",
  en: "invite_producer",
  roles: ["coordinator"],
  description: (t) => t.producer.commands.invite,
};

/** `/inviter_producteur <ferme>`: a coordinator gets a one-time link for a farm's producer. */
export const producerInviteFeature: Feature = {
  name: "producer-invite",
  commands: [inviteCommand],
  create(deps) {
    const composer = new Composer<BotContext>();
    composer.command(namesOf(inviteCommand), requireRole("coordinator"), async (ctx) => {
      const t = ctx.t.producer.invite;
      const farmName = ctx.payload.trim();
      if (farmName.length < 2) {
        await ctx.reply(t.usage);
        return;
      }
      const invitation = await inviteProducer(deps.db, {
        driveId: deps.driveId,
        farmName,
        createdById: ctx.member!.id,
        now: deps.now(),
      });
      const link = `https://t.me/${ctx.botInfo.username}?start=${invitation.code}`;
      const until = formatDateTime(invitation.expiresAt, ctx.drive.timezone, ctx.lang);
      ctx.log.info({ producerId: invitation.producerId }, "producer invitation created");
      await ctx.reply(t.link(invitation.farm, until, link), {
        parse_mode: "HTML",
        link_preview_options: { is_disabled: true },
      });
    });
    return composer;
  },
};
