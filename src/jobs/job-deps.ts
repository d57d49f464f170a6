import type { Db } from "../db/client.ts";
import type { Logger } from "../logger.ts";
import type { CallbackSigner } from "../bot/callback-data.ts";

/** What a job needs; the bot, the CLI and tests all build one. */
export type JobDeps = {
  db: Db;
  logger: Logger;
  driveId: number;
  /** Signs buttons in messages the job puts in the outbox. */
  signer: CallbackSigner;
};
