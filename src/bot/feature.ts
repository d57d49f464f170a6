import type { Composer } from "telegraf";
import type { BotContext, BotDeps } from "./context.ts";
import type { Texts } from "./i18n.ts";
import type { Role } from "./roles.ts";

/** A command as it appears in Telegram's menu, in French with its English alias. */
export type MenuCommand = {
  fr: string;
  en: string;
  /** Who sees it in their menu; "everyone" includes people not registered yet. */
  roles: (Role | "everyone")[];
  description: (t: Texts) => string;
};

/** One concern of the bot: its handlers and the commands it adds to menus. */
export type Feature = {
  name: string;
  commands: MenuCommand[];
  create(deps: BotDeps): Composer<BotContext>;
};

/** The command names a handler answers to: the French one and its English alias. */
export function namesOf(command: MenuCommand): string[] {
  return command.fr === command.en ? [command.fr] : [command.fr, command.en];
}
