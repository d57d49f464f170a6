import { findDrive } from "../db/drive.ts";
import { scheduleOf } from "../db/drive-schedule.ts";
import { enqueueMessages, type OutgoingMessage } from "../db/outbox.ts";
import { claimSessionMark, findClosingReminderTargets } from "../db/reminders.ts";
import { closingReminderAt, formatDateTime } from "../domain/calendar.ts";
import type { JobDeps } from "./job-deps.ts";
import { textsOf } from "./job-texts.ts";

/**
 * "Closing soon", once per session, from the reminder time until the close: one text to
 * customers who have not ordered, another to those whose basket is not confirmed.
 */
export async function sendClosingReminder(deps: JobDeps, now: Date): Promise<number | null> {
  const { db, driveId, logger } = deps;
  const session = await db.session.findFirst({
    where: { driveId, status: "open", closingReminderSentAt: null, closesAt: { gt: now } },
    orderBy: { opensAt: "desc" },
  });
  if (!session) return null;
  const drive = await findDrive(db, driveId);
  const at = closingReminderAt(scheduleOf(drive), session);
  if (!at || now < at) return null;

  const sent = await db.$transaction(
    async (tx) => {
      if (!(await claimSessionMark(tx, session.id, "closingReminderSentAt", now))) return null;
      const targets = await findClosingReminderTargets(tx, driveId, session.id);
      const message =
        (kind: "notOrdered" | "withBasket") =>
        (recipient: (typeof targets)["notOrdered"][number]): OutgoingMessage => {
          const { lang, t } = textsOf(recipient.language);
          const closes = formatDateTime(session.closesAt, drive.timezone, lang);
          const text =
            kind === "withBasket"
              ? t.schedule.reminders.closingBasket(closes)
              : t.schedule.reminders.closingNotOrdered(drive.name, closes);
          return {
            chatId: recipient.telegramId,
            memberId: recipient.memberId,
            payload: { text, parse_mode: "HTML" },
            reason: kind === "withBasket" ? "closing_reminder_basket" : "closing_reminder",
            notBefore: now,
          };
        };
      return enqueueMessages(tx, [
        ...targets.withBasket.map(message("withBasket")),
        ...targets.notOrdered.map(message("notOrdered")),
      ]);
    },
    { timeout: 60_000 },
  );
  if (sent !== null)
    logger.info({ sessionId: session.id, recipients: sent }, "closing reminder queued");
  return sent;
}
