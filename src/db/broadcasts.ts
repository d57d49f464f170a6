import type { Audience } from "../domain/values.ts";
import { findAudience, type Recipient } from "./audiences.ts";
import type { Db, Tx } from "./client.ts";
import type { Broadcast } from "./generated/sqlite/client.ts";
import { enqueueMessages, type OutgoingMessage } from "./outbox.ts";

export type { Broadcast };

export async function createBroadcastDraft(
  db: Tx,
  input: { driveId: number; authorId: number; text: string; photoFileId: string | null },
): Promise<Broadcast> {
  return db.broadcast.create({
    data: { ...input, kind: "announcement", audience: "everyone", status: "draft" },
  });
}

/** The author's broadcast still being composed, or null (someone else's, sent, scheduled…). */
export async function findDraft(db: Tx, id: number, authorId: number): Promise<Broadcast | null> {
  return db.broadcast.findFirst({ where: { id, authorId, status: "draft" } });
}

export async function setBroadcastAudience(
  db: Tx,
  id: number,
  authorId: number,
  audience: Audience,
  sessionId: number | null,
): Promise<boolean> {
  const { count } = await db.broadcast.updateMany({
    where: { id, authorId, status: "draft" },
    data: { audience, sessionId },
  });
  return count === 1;
}

export async function scheduleBroadcast(
  db: Tx,
  id: number,
  authorId: number,
  at: Date,
): Promise<boolean> {
  const { count } = await db.broadcast.updateMany({
    where: { id, authorId, status: "draft" },
    data: { status: "scheduled", scheduledAt: at },
  });
  return count === 1;
}

/**
 * Puts a draft or scheduled broadcast in the outbox, one row per recipient, in one
 * transaction with its status change: a second call (another process, a double press)
 * finds it already sent and writes nothing. Null when it was not waiting to go.
 */
export async function queueBroadcast(
  db: Db,
  id: number,
  now: Date,
  messageFor: (broadcast: Broadcast, recipient: Recipient) => OutgoingMessage,
): Promise<{ broadcast: Broadcast; recipients: number } | null> {
  return db.$transaction(
    async (tx) => {
      const { count } = await tx.broadcast.updateMany({
        where: { id, status: { in: ["draft", "scheduled"] } },
        data: { status: "sent", queuedAt: now },
      });
      if (count !== 1) return null;
      const broadcast = await tx.broadcast.findUniqueOrThrow({ where: { id } });
      const audience = broadcast.audience as Audience;
      const recipients = await findAudience(tx, broadcast.driveId, audience, broadcast.sessionId);
      await enqueueMessages(
        tx,
        recipients.map((recipient) => messageFor(broadcast, recipient)),
      );
      return { broadcast, recipients: recipients.length };
    },
    { timeout: 60_000 },
  );
}

export async function findDueBroadcastIds(db: Tx, driveId: number, now: Date): Promise<number[]> {
  const rows = await db.broadcast.findMany({
    where: { driveId, status: "scheduled", scheduledAt: { lte: now } },
    orderBy: { scheduledAt: "asc" },
    select: { id: true },
  });
  return rows.map((row) => row.id);
}

export type DeliveryReport = { sent: number; failed: number; unreachable: number; waiting: number };

/** How the outbox rows of a broadcast ended, counted in the database. */
export async function countBroadcastDelivery(db: Tx, broadcastId: number): Promise<DeliveryReport> {
  const rows = await db.outboxMessage.groupBy({
    by: ["status"],
    where: { broadcastId },
    _count: { _all: true },
  });
  const report: DeliveryReport = { sent: 0, failed: 0, unreachable: 0, waiting: 0 };
  for (const row of rows) {
    const n = row._count._all;
    if (row.status === "sent" || row.status === "failed" || row.status === "unreachable") {
      report[row.status] += n;
    } else {
      report.waiting += n;
    }
  }
  return report;
}

/** Announcements put in the outbox whose author has not had the delivery report yet. */
export async function findBroadcastsAwaitingReport(db: Tx, driveId: number): Promise<Broadcast[]> {
  return db.broadcast.findMany({
    where: { driveId, status: "sent", reportSentAt: null, authorId: { not: null } },
    orderBy: { id: "asc" },
  });
}

export async function claimBroadcastReport(tx: Tx, id: number, now: Date): Promise<boolean> {
  const { count } = await tx.broadcast.updateMany({
    where: { id, reportSentAt: null },
    data: { reportSentAt: now },
  });
  return count === 1;
}

/** The newsletter of a session as a broadcast row, so its sends are counted like the others. */
export async function createNewsletterBroadcast(
  tx: Tx,
  input: { driveId: number; sessionId: number; text: string; now: Date },
): Promise<Broadcast> {
  return tx.broadcast.create({
    data: {
      driveId: input.driveId,
      sessionId: input.sessionId,
      kind: "newsletter",
      audience: "everyone",
      text: input.text,
      status: "sent",
      queuedAt: input.now,
    },
  });
}

/** Drops the author's draft; a broadcast already scheduled or sent is kept. */
export async function deleteDraft(db: Tx, id: number, authorId: number): Promise<void> {
  await db.broadcast.deleteMany({ where: { id, authorId, status: "draft" } });
}
