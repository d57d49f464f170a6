import { findDrive } from "../db/drive.ts";
import { scheduleOf } from "../db/drive-schedule.ts";
import { enqueueMessages } from "../db/outbox.ts";
import {
  claimSessionMark,
  findMainPickupPoint,
  findPickupReminderTargets,
} from "../db/reminders.ts";
import { formatPickupWindow, pickupReminderAt } from "../domain/calendar.ts";
import type { JobDeps } from "./job-deps.ts";
import { textsOf } from "./job-texts.ts";

/**
 * The pickup reminder, once per closed session, from its time until the pickup ends: to each
 * customer with a confirmed order, with its code, crate, time and place. It is about their own
 * order, so it goes even to members who stopped the newsletter.
 */
export async function sendPickupReminder(deps: JobDeps, now: Date): Promise<number | null> {
  const { db, driveId, logger } = deps;
  const session = await db.session.findFirst({
    where: { driveId, status: "closed", pickupReminderSentAt: null, pickupEndsAt: { gt: now } },
    orderBy: { pickupStartsAt: "asc" },
  });
  if (!session) return null;
  const drive = await findDrive(db, driveId);
  const at = pickupReminderAt(scheduleOf(drive), session) ?? session.closesAt;
  if (now < at) return null;

  const sent = await db.$transaction(
    async (tx) => {
      if (!(await claimSessionMark(tx, session.id, "pickupReminderSentAt", now))) return null;
      const point = await findMainPickupPoint(tx, driveId);
      const targets = await findPickupReminderTargets(tx, session.id);
      return enqueueMessages(
        tx,
        targets.map((target) => {
          const { lang, t } = textsOf(target.language);
          const r = t.schedule.reminders;
          const when = formatPickupWindow(
            target.startsAt ?? session.pickupStartsAt,
            target.endsAt ?? session.pickupEndsAt,
            drive.timezone,
            lang,
          );
          const name = target.pointName ?? point?.name;
          const address = target.pointName ? target.pointAddress : point?.address;
          const place = name ? [name, address].filter(Boolean).join(", ") : r.pickupNoPlace;
          const lines = [r.pickup(target.code, when, place)];
          if (target.crateNumber !== null) lines.push(r.crate(target.crateNumber));
          return {
            chatId: target.telegramId,
            memberId: target.memberId,
            payload: { text: lines.join("\n"), parse_mode: "HTML" },
            reason: "pickup_reminder",
            notBefore: now,
          };
        }),
      );
    },
    { timeout: 60_000 },
  );
  if (sent !== null)
    logger.info({ sessionId: session.id, recipients: sent }, "pickup reminder queued");
  return sent;
}
