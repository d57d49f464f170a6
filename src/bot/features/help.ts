import { Composer } from "telegraf";
import { escapeHtml } from "../html.ts";
import type { BotContext } from "../context.ts";
import type { Feature, MenuCommand } from "../feature.ts";
import { namesOf } from "../feature.ts";
import { rolesOf } from "../roles.ts";

const help: MenuCommand = {
  fr: "aide",
  en: "help",
  roles: ["everyone"],
  description: (t) => t.menu.help,
};

/** `/aide`: the commands this member can use, with a line each. */
export const helpFeature: Feature = {
  name: "help",
  commands: [help],
  create() {
    const composer = new Composer<BotContext>();
    composer.command(namesOf(help), async (ctx) => {
      const lines = ctx.deps.menu
        .entriesFor(rolesOf(ctx.member), ctx.lang)
        .map((entry) => `/${entry.command} — ${escapeHtml(entry.description)}`);
      await ctx.reply([ctx.t.menu.helpTitle, ...lines].join("\n"), { parse_mode: "HTML" });
    });
    return composer;
  },
};
