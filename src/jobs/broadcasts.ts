import type { Recipient } from "../db/audiences.ts";
import {
  claimBroadcastReport,
  countBroadcastDelivery,
  findBroadcastsAwaitingReport,
  findDueBroadcastIds,
  queueBroadcast,
  type Broadcast,
} from "../db/broadcasts.ts";
import { enqueueMessages, type OutgoingMessage } from "../db/outbox.ts";
import type { JobDeps } from "./job-deps.ts";
import { textsOf } from "./job-texts.ts";

/** One recipient's copy of an announcement: the coordinator's words as they wrote them. */
export function announcementFor(
  broadcast: Broadcast,
  recipient: Recipient,
  now: Date,
): OutgoingMessage {
  const base = {
    chatId: recipient.telegramId,
    memberId: recipient.memberId,
    broadcastId: broadcast.id,
    reason: "broadcast",
    notBefore: now,
  };
  if (broadcast.photoFileId) {
    return {
      ...base,
      method: "sendPhoto",
      payload: {
        photo: broadcast.photoFileId,
        ...(broadcast.text ? { caption: broadcast.text } : {}),
      },
    };
  }
  return { ...base, payload: { text: broadcast.text } };
}

/** Sends a draft or a scheduled broadcast now; null when it had already gone. */
export async function sendBroadcastNow(
  deps: JobDeps,
  broadcastId: number,
  now: Date,
): Promise<number | null> {
  const queued = await queueBroadcast(deps.db, broadcastId, now, (broadcast, recipient) =>
    announcementFor(broadcast, recipient, now),
  );
  if (!queued) return null;
  deps.logger.info({ broadcastId, recipients: queued.recipients }, "broadcast queued");
  return queued.recipients;
}

/** Queues the scheduled broadcasts whose time has come. */
export async function queueDueBroadcasts(deps: JobDeps, now: Date): Promise<number> {
  let queued = 0;
  for (const id of await findDueBroadcastIds(deps.db, deps.driveId, now)) {
    if ((await sendBroadcastNow(deps, id, now)) !== null) queued += 1;
  }
  return queued;
}

/**
 * Tells each author how their broadcast went once every one of its outbox rows reached a
 * final status (sent, failed, unreachable); the report itself goes through the outbox.
 */
export async function sendBroadcastReports(deps: JobDeps, now: Date): Promise<number> {
  const { db, driveId, logger } = deps;
  let reported = 0;
  for (const broadcast of await findBroadcastsAwaitingReport(db, driveId)) {
    const delivery = await countBroadcastDelivery(db, broadcast.id);
    if (delivery.waiting > 0) continue;
    const author = await db.member.findUnique({
      where: { id: broadcast.authorId! },
      select: { id: true, telegramId: true, language: true },
    });
    const done = await db.$transaction(async (tx) => {
      if (!(await claimBroadcastReport(tx, broadcast.id, now))) return false;
      if (!author) return true;
      const { t } = textsOf(author.language);
      const excerpt =
        broadcast.text.length > 40 ? `${broadcast.text.slice(0, 40)}…` : broadcast.text;
      const text = t.broadcast.report(
        excerpt,
        delivery.sent,
        delivery.failed,
        delivery.unreachable,
      );
      await enqueueMessages(tx, [
        {
          chatId: author.telegramId,
          memberId: author.id,
          payload: { text, parse_mode: "HTML" },
          reason: "broadcast_report",
          notBefore: now,
        },
      ]);
      return true;
    });
    if (done) {
      reported += 1;
      logger.info({ broadcastId: broadcast.id, ...delivery }, "broadcast report queued");
    }
  }
  return reported;
}
