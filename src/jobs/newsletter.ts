import { createNewsletterBroadcast } from "../db/broadcasts.ts";
import { findNewsletterAudience } from "../db/audiences.ts";
import { findDrive } from "../db/drive.ts";
import { loadNewsletterContent } from "../db/newsletter.ts";
import { claimSessionMark } from "../db/reminders.ts";
import { enqueueMessages } from "../db/outbox.ts";
import { ensureSession, findOpenSession, type Session } from "../db/sessions.ts";
import { scheduleOf } from "../db/drive-schedule.ts";
import { currentOrNextCycle, nextSessionTimes } from "../domain/calendar.ts";
import type { Db } from "../db/client.ts";
import type { Language } from "../domain/values.ts";
import type { JobDeps } from "./job-deps.ts";
import { textsOf } from "./job-texts.ts";
import { renderNewsletter } from "./newsletter-text.ts";

/** The newsletter of a session as it stands, in one language (for the coordinator's preview). */
export async function previewNewsletter(
  db: Db,
  session: Session,
  language: Language,
): Promise<string> {
  const drive = await findDrive(db, session.driveId);
  const content = await loadNewsletterContent(db, session);
  const { lang, t } = textsOf(language);
  return renderNewsletter(t, lang, {
    driveName: drive.name,
    timezone: drive.timezone,
    ...session,
    note: session.newsletterNote,
    content,
  });
}

/**
 * Sends the opening newsletter of the open session, once: the mark on the session is taken in
 * the transaction that writes one outbox row per recipient.
 */
export async function sendNewsletter(deps: JobDeps, now: Date): Promise<number | null> {
  const { db, driveId, logger } = deps;
  const session = await db.session.findFirst({
    where: { driveId, status: "open", newsletterSentAt: null },
    orderBy: { opensAt: "desc" },
  });
  if (!session) return null;
  const texts = {
    fr: await previewNewsletter(db, session, "fr"),
    en: await previewNewsletter(db, session, "en"),
  };
  const sent = await db.$transaction(
    async (tx) => {
      if (!(await claimSessionMark(tx, session.id, "newsletterSentAt", now))) return null;
      const broadcast = await createNewsletterBroadcast(tx, {
        driveId,
        sessionId: session.id,
        text: texts.fr,
        now,
      });
      const recipients = await findNewsletterAudience(tx, driveId);
      return enqueueMessages(
        tx,
        recipients.map((recipient) => ({
          chatId: recipient.telegramId,
          memberId: recipient.memberId,
          broadcastId: broadcast.id,
          payload: { text: texts[textsOf(recipient.language).lang], parse_mode: "HTML" },
          reason: "newsletter",
          notBefore: now,
        })),
      );
    },
    { timeout: 60_000 },
  );
  if (sent !== null) logger.info({ sessionId: session.id, recipients: sent }, "newsletter queued");
  return sent;
}

/**
 * The session whose newsletter a coordinator can still edit: the open one if its newsletter has
 * not gone yet, else the coming one (created if needed). Null when the open one's has gone.
 */
export async function findComingNewsletterSession(
  deps: JobDeps,
  now: Date,
): Promise<{ session: Session; open: boolean } | { session: null; reason: "already_sent" }> {
  const { db, driveId } = deps;
  const open = await findOpenSession(db, driveId);
  if (open && open.newsletterSentAt) return { session: null, reason: "already_sent" };
  if (open) return { session: open, open: true };
  const drive = await findDrive(db, driveId);
  const schedule = scheduleOf(drive);
  let session = await ensureSession(db, driveId, currentOrNextCycle(schedule, now));
  // This cycle was closed early by hand: the coming newsletter is the next cycle's.
  if (session.status !== "scheduled" && session.status !== "open") {
    session = await ensureSession(db, driveId, nextSessionTimes(schedule, session.closesAt));
  }
  return { session, open: false };
}
