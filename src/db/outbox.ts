import { providerOfClient, type Db, type Tx } from "./client.ts";

export type OutboxMethod = "sendMessage" | "sendDocument" | "sendPhoto";

export type OutgoingMessage = {
  chatId: bigint;
  memberId?: number | null;
  broadcastId?: number | null;
  method?: OutboxMethod;
  /** Bot API parameters except chat_id and the file itself. */
  payload: Record<string, unknown>;
  attachment?: { filename: string; bytes: Buffer } | null;
  /** Why the message exists, for logs and reports: "pick_list", "reminder", … */
  reason: string;
  notBefore?: Date;
};

/** Writes messages to send later; call it inside the transaction of the change. */
export async function enqueueMessages(tx: Tx, messages: OutgoingMessage[]): Promise<number> {
  if (messages.length === 0) return 0;
  const result = await tx.outboxMessage.createMany({
    data: messages.map((message) => ({
      chatId: message.chatId,
      memberId: message.memberId ?? null,
      broadcastId: message.broadcastId ?? null,
      method: message.method ?? "sendMessage",
      payload: JSON.stringify(message.payload),
      attachment: message.attachment ? new Uint8Array(message.attachment.bytes) : null,
      attachmentName: message.attachment?.filename ?? null,
      reason: message.reason,
      ...(message.notBefore ? { nextAttemptAt: message.notBefore } : {}),
    })),
  });
  return result.count;
}

export type ClaimedMessage = {
  id: number;
  chatId: bigint;
  memberId: number | null;
  method: string;
  payload: string;
  attachment: Uint8Array | null;
  attachmentName: string | null;
  attempts: number;
  reason: string;
};

/** By default, a claim older than this is taken to belong to a process that died. */
export const claimLeaseMs = 60_000;

export type ClaimOptions = {
  limit: number;
  /** How old a claim must be before another relay may take the row over. */
  leaseMs?: number;
};

const claimedFields = {
  id: true,
  chatId: true,
  memberId: true,
  method: true,
  payload: true,
  attachment: true,
  attachmentName: true,
  attempts: true,
  reason: true,
  member: { select: { unreachableAt: true } },
} as const;

/**
 * Claims up to `limit` due messages for `worker`, so two relays never send
 * the same row; a row whose claim has expired (its relay died mid-send) is due
 * again. A relay never takes over its own rows: they are still in its queue,
 * which can hold a few seconds of sends, so the lease must be longer than that
 * plus the send timeout. PostgreSQL claims in one statement with `FOR UPDATE SKIP LOCKED`, so
 * concurrent relays take disjoint rows without waiting on each other; SQLite
 * has one writer at a time and claims each row with a conditional update.
 * Rows for a member known to have blocked the bot are marked unreachable
 * instead of being returned.
 */
export async function claimDueMessages(
  db: Db,
  worker: string,
  now: Date,
  options: ClaimOptions,
): Promise<ClaimedMessage[]> {
  const staleBefore = new Date(now.getTime() - (options.leaseMs ?? claimLeaseMs));
  const claimed =
    providerOfClient(db) === "postgresql"
      ? await claimWithSkipLocked(db, worker, now, staleBefore, options.limit)
      : await claimOneByOne(db, worker, now, staleBefore, options.limit);
  if (claimed.length === 0) return [];
  const rows = await db.outboxMessage.findMany({
    where: { id: { in: claimed } },
    orderBy: { id: "asc" },
    select: claimedFields,
  });
  const blocked = rows.filter((row) => row.member?.unreachableAt).map((row) => row.id);
  if (blocked.length > 0) {
    await db.outboxMessage.updateMany({
      where: { id: { in: blocked }, claimedBy: worker, status: "sending" },
      data: { status: "unreachable", lastError: "chat unreachable" },
    });
  }
  return rows
    .filter((row) => !row.member?.unreachableAt)
    .map(({ member: _member, ...message }) => message);
}

async function claimOneByOne(
  db: Db,
  worker: string,
  now: Date,
  staleBefore: Date,
  limit: number,
): Promise<number[]> {
  const candidates = await db.outboxMessage.findMany({
    where: {
      OR: [
        { status: "pending", nextAttemptAt: { lte: now } },
        { status: "sending", claimedAt: { lt: staleBefore }, claimedBy: { not: worker } },
      ],
    },
    orderBy: [{ nextAttemptAt: "asc" }, { id: "asc" }],
    take: limit,
    select: { id: true, status: true, claimedAt: true },
  });
  const claimed: number[] = [];
  for (const row of candidates) {
    const taken = await db.outboxMessage.updateMany({
      where: { id: row.id, status: row.status, claimedAt: row.claimedAt },
      data: { status: "sending", claimedBy: worker, claimedAt: now },
    });
    if (taken.count === 1) claimed.push(row.id);
  }
  return claimed;
}

async function claimWithSkipLocked(
  db: Db,
  worker: string,
  now: Date,
  staleBefore: Date,
  limit: number,
): Promise<number[]> {
  const rows = await db.$queryRaw<{ id: number }[]>`
    UPDATE "OutboxMessage" SET "status" = 'sending', "claimedBy" = ${worker}, "claimedAt" = ${now}
    WHERE "id" IN (
      SELECT "id" FROM "OutboxMessage"
      WHERE ("status" = 'pending' AND "nextAttemptAt" <= ${now})
         OR ("status" = 'sending' AND "claimedAt" < ${staleBefore}
             AND "claimedBy" <> ${worker})
      ORDER BY "nextAttemptAt", "id"
      LIMIT ${limit}
      FOR UPDATE SKIP LOCKED)
    RETURNING "id"`;
  return rows.map((row) => Number(row.id));
}

/**
 * Renews a claim just before its send, and says whether this relay still holds
 * it. A row can wait in a busy relay's queue longer than the lease; another
 * relay may then have taken it over, and it must not leave twice. Once renewed,
 * the claim holds for a full lease, longer than one send may take.
 */
export async function renewClaim(db: Db, id: number, worker: string, now: Date): Promise<boolean> {
  const renewed = await db.outboxMessage.updateMany({
    where: { id, claimedBy: worker, status: "sending" },
    data: { claimedAt: now },
  });
  return renewed.count === 1;
}

/** Puts claimed rows that were never sent back in the queue, as they were. */
export async function releaseClaim(db: Db, id: number, worker: string): Promise<void> {
  await db.outboxMessage.updateMany({
    where: { id, claimedBy: worker, status: "sending" },
    data: { status: "pending", claimedBy: null, claimedAt: null },
  });
}

export async function markSent(db: Db, id: number, worker: string, now: Date): Promise<void> {
  await db.outboxMessage.updateMany({
    where: { id, claimedBy: worker, status: "sending" },
    data: { status: "sent", sentAt: now, attempts: { increment: 1 }, lastError: null },
  });
}

/** Puts a message back in the queue for a later attempt. */
export async function markRetry(
  db: Db,
  id: number,
  worker: string,
  nextAttemptAt: Date,
  error: string,
  countAttempt: boolean,
): Promise<void> {
  await db.outboxMessage.updateMany({
    where: { id, claimedBy: worker, status: "sending" },
    data: {
      status: "pending",
      nextAttemptAt,
      lastError: error.slice(0, 500),
      claimedBy: null,
      claimedAt: null,
      ...(countAttempt ? { attempts: { increment: 1 } } : {}),
    },
  });
}

/** A final outcome other than sent: "failed" (Telegram refused it) or "unreachable". */
export async function markGivenUp(
  db: Db,
  id: number,
  worker: string,
  status: "failed" | "unreachable",
  error: string,
): Promise<void> {
  await db.outboxMessage.updateMany({
    where: { id, claimedBy: worker, status: "sending" },
    data: { status, lastError: error.slice(0, 500), attempts: { increment: 1 } },
  });
}

/** The member blocked the bot: remember it, and drop what was queued for them. */
export async function markChatUnreachable(db: Db, chatId: bigint, now: Date): Promise<void> {
  await db.$transaction([
    db.member.updateMany({
      where: { telegramId: chatId, unreachableAt: null },
      data: { unreachableAt: now },
    }),
    db.outboxMessage.updateMany({
      where: { chatId, status: "pending" },
      data: { status: "unreachable", lastError: "chat unreachable" },
    }),
  ]);
}

export async function countOutboxByStatus(db: Db): Promise<Record<string, number>> {
  const rows = await db.outboxMessage.groupBy({ by: ["status"], _count: { _all: true } });
  return Object.fromEntries(rows.map((row) => [row.status, row._count._all]));
}
