import type { Telegram } from "telegraf";
import type { BotCommand } from "telegraf/types";
import type { Db } from "../db/client.ts";
import type { Member } from "../db/members.ts";
import type { Logger } from "../logger.ts";
import type { MenuCommand } from "./feature.ts";
import { textsFor, type Language } from "./i18n.ts";
import { rolesOf, type Role } from "./roles.ts";

export type MenuEntry = { command: string; description: string };

const roleOrder: (Role | "everyone")[] = [
  "everyone",
  "customer",
  "producer",
  "volunteer",
  "coordinator",
];

/** Every command of every feature, to build each member's menu from. */
export class Menu {
  constructor(private readonly commands: MenuCommand[]) {}

  /**
   * The commands someone with these roles sees, named in their language:
   * everyone's first, then the customer's, producer's, volunteer's and
   * coordinator's, each group in the features' order.
   */
  entriesFor(roles: Role[], language: Language): MenuEntry[] {
    const t = textsFor(language);
    const rank = (command: MenuCommand) =>
      Math.min(...command.roles.map((role) => roleOrder.indexOf(role)));
    return this.commands
      .filter((command) =>
        command.roles.some((role) => role === "everyone" || roles.includes(role)),
      )
      .sort((a, b) => rank(a) - rank(b))
      .map((command) => ({ command: command[language], description: command.description(t) }));
  }
}

function toBotCommands(entries: MenuEntry[]): BotCommand[] {
  return entries.slice(0, 100).map((entry) => ({
    command: entry.command,
    description: entry.description.slice(0, 256),
  }));
}

/** Only members with more than the customer role get a menu of their own. */
function needsOwnMenu(member: Member): boolean {
  return member.isProducer || member.isVolunteer || member.isCoordinator;
}

/**
 * Sets the menus at start: customers' for everyone (French, and English for
 * English clients), and each producer's, volunteer's or coordinator's own.
 * A failure is logged; the bot runs without the menu rather than not at all.
 */
export async function publishMenus(
  telegram: Telegram,
  db: Db,
  driveId: number,
  menu: Menu,
  logger: Logger,
): Promise<void> {
  try {
    const customer: Role[] = ["customer"];
    await telegram.setMyCommands(toBotCommands(menu.entriesFor(customer, "fr")));
    await telegram.setMyCommands(toBotCommands(menu.entriesFor(customer, "en")), {
      language_code: "en",
    });
    const members = await db.member.findMany({
      where: {
        driveId,
        erasedAt: null,
        unreachableAt: null,
        OR: [{ isProducer: true }, { isVolunteer: true }, { isCoordinator: true }],
      },
    });
    for (const member of members) await refreshMemberMenu(telegram, logger, member, menu);
  } catch (error) {
    logger.warn({ err: error }, "could not publish the command menus");
  }
}

/** Gives one member the menu of their roles, in their language. */
export async function refreshMemberMenu(
  telegram: Telegram,
  logger: Logger,
  member: Member,
  menu: Menu,
): Promise<void> {
  if (!needsOwnMenu(member)) return;
  const entries = menu.entriesFor(rolesOf(member), member.language === "en" ? "en" : "fr");
  try {
    await telegram.setMyCommands(toBotCommands(entries), {
      scope: { type: "chat", chat_id: Number(member.telegramId) },
    });
  } catch (error) {
    logger.warn({ err: error, memberId: member.id }, "could not set a member's menu");
  }
}
