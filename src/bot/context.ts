import type { Context } from "telegraf";
import type { Db } from "../db/client.ts";
import type { Drive } from "../db/drive.ts";
import type { Member } from "../db/members.ts";
import type { Logger } from "../logger.ts";
import type { CallbackKey, CallbackSigner } from "./callback-data.ts";
import type { Language, Texts } from "./i18n.ts";
import type { Menu } from "./menus.ts";

/** What every handler is given instead of importing singletons. */
export type BotDeps = {
  db: Db;
  logger: Logger;
  /** The clock; tests pass a fake one. */
  now: () => Date;
  /** Randomness for order codes and the like; tests may fix it. */
  random: () => number;
  driveId: number;
  signer: CallbackSigner;
  /** Every feature's commands, for menus and /aide. */
  menu: Menu;
};

/** The step a user is at in a conversation, kept in the database. */
export type ConversationState = {
  readonly step: string | null;
  readonly data: Record<string, unknown>;
  enter(step: string, data?: Record<string, unknown>): Promise<void>;
  leave(): Promise<void>;
};

export interface BotContext extends Context {
  deps: BotDeps;
  log: Logger;
  drive: Drive;
  /** The member behind this update; null for someone who never registered. */
  member: Member | null;
  lang: Language;
  t: Texts;
  conversation: ConversationState;
  callbackKey: CallbackKey;
}
