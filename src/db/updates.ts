import type { Db } from "./client.ts";
import { isUniqueViolation } from "./errors.ts";

export type UpdateTakeover = {
  /** This process, written on the rows it takes. */
  processId: string;
  /**
   * How old an unfinished row of another process must be before it is taken
   * over. Polling mode passes 0: only one process can poll a bot, so any
   * unfinished row of another process was left by one that died.
   */
  afterMs: number;
};

/**
 * Takes an update for handling. False when it was handled already or is being
 * handled; an update left unfinished by a process that died is taken over, so
 * a crash loses nothing a user sent.
 */
export async function takeUpdate(
  db: Db,
  updateId: number,
  now: Date,
  takeover: UpdateTakeover,
): Promise<boolean> {
  const id = BigInt(updateId);
  try {
    await db.processedUpdate.create({
      data: { updateId: id, receivedAt: now, handledBy: takeover.processId },
      select: { updateId: true },
    });
    return true;
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
  }
  const takenOver = await db.processedUpdate.updateMany({
    where: {
      updateId: id,
      doneAt: null,
      handledBy: { not: takeover.processId },
      receivedAt: { lte: new Date(now.getTime() - takeover.afterMs) },
    },
    data: { receivedAt: now, handledBy: takeover.processId },
  });
  return takenOver.count === 1;
}

export async function finishUpdate(db: Db, updateId: number, now: Date): Promise<void> {
  await db.processedUpdate.update({
    where: { updateId: BigInt(updateId) },
    data: { doneAt: now },
    select: { updateId: true },
  });
}

/** Forgets update ids older than Telegram would ever redeliver (a day at most). */
export async function pruneProcessedUpdates(db: Db, before: Date): Promise<number> {
  const { count } = await db.processedUpdate.deleteMany({ where: { receivedAt: { lt: before } } });
  return count;
}
