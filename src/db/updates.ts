import type { Db } from "./client.ts";
// The SQL template helpers are the same runtime functions in both generated clients.
import { Prisma } from "./generated/sqlite/client.ts";

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
 * Takes updates for handling, all in one statement: true for each one taken, false when it
 * was handled already or is being handled (or comes twice in `updateIds`: only the first
 * is taken). An update left unfinished by a process that died is taken over, so a crash
 * loses nothing a user sent.
 */
export async function takeUpdates(
  db: Db,
  updateIds: number[],
  now: Date,
  takeover: UpdateTakeover,
): Promise<boolean[]> {
  const ids = [...new Set(updateIds)];
  if (ids.length === 0) return [];
  // Raw because Prisma's createMany cannot skip duplicates on SQLite nor say which rows it
  // wrote; ON CONFLICT … RETURNING runs unchanged on SQLite and PostgreSQL.
  const rows = ids.map((id) => Prisma.sql`(${BigInt(id)}, ${now}, ${takeover.processId})`);
  const inserted = await db.$queryRaw<{ updateId: bigint | number }[]>`
    INSERT INTO "ProcessedUpdate" ("updateId", "receivedAt", "handledBy")
    VALUES ${Prisma.join(rows)}
    ON CONFLICT ("updateId") DO NOTHING
    RETURNING "updateId"`;
  const taken = new Set(inserted.map((row) => Number(row.updateId)));
  for (const id of ids) {
    if (!taken.has(id) && (await takeOver(db, id, now, takeover))) taken.add(id);
  }
  const answered = new Set<number>();
  return updateIds.map((id) => {
    const first = !answered.has(id);
    answered.add(id);
    return first && taken.has(id);
  });
}

/** Takes a row left unfinished by another process, if it is old enough (see UpdateTakeover). */
async function takeOver(
  db: Db,
  updateId: number,
  now: Date,
  takeover: UpdateTakeover,
): Promise<boolean> {
  const takenOver = await db.processedUpdate.updateMany({
    where: {
      updateId: BigInt(updateId),
      doneAt: null,
      handledBy: { not: takeover.processId },
      receivedAt: { lte: new Date(now.getTime() - takeover.afterMs) },
    },
    data: { receivedAt: now, handledBy: takeover.processId },
  });
  return takenOver.count === 1;
}

/** Marks updates handled, in one statement. */
export async function finishUpdates(db: Db, updateIds: number[], now: Date): Promise<void> {
  if (updateIds.length === 0) return;
  // Raw because Prisma wraps updateMany in BEGIN … COMMIT: three statements, and on SQLite a
  // transaction every other update would wait for.
  const ids = updateIds.map((id) => BigInt(id));
  await db.$executeRaw`
    UPDATE "ProcessedUpdate" SET "doneAt" = ${now} WHERE "updateId" IN (${Prisma.join(ids)})`;
}

/** Forgets update ids older than Telegram would ever redeliver (a day at most). */
export async function pruneProcessedUpdates(db: Db, before: Date): Promise<number> {
  const { count } = await db.processedUpdate.deleteMany({ where: { receivedAt: { lt: before } } });
  return count;
}
