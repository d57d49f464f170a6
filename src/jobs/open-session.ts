import { currentOrNextCycle, nextSessionTimes } from "../domain/calendar.ts";
import { findDrive } from "../db/drive.ts";
import { ensureSession, findOpenSession, openSession, type Session } from "../db/sessions.ts";
import type { JobDeps } from "./job-deps.ts";

export type OpenResult =
  { opened: true; session: Session } | { opened: false; reason: "already_open"; session: Session };

/**
 * Opens the session of the current or next cycle now, creating it if needed.
 * Used at the scheduled opening and when a coordinator opens early by hand.
 */
export async function openSessionNow(deps: JobDeps, now: Date): Promise<OpenResult> {
  const { db, driveId, logger } = deps;
  const open = await findOpenSession(db, driveId);
  if (open) return { opened: false, reason: "already_open", session: open };
  const drive = await findDrive(db, driveId);
  let session = await ensureSession(db, driveId, currentOrNextCycle(drive, now));
  // This cycle was closed early by hand: opening now means opening the next one.
  if (session.status !== "scheduled" && session.status !== "open") {
    session = await ensureSession(db, driveId, nextSessionTimes(drive, session.closesAt));
  }
  if (!(await openSession(db, session.id, now))) {
    const current = await db.session.findUniqueOrThrow({ where: { id: session.id } });
    return { opened: false, reason: "already_open", session: current };
  }
  logger.info({ sessionId: session.id }, "session opened");
  return {
    opened: true,
    session: await db.session.findUniqueOrThrow({ where: { id: session.id } }),
  };
}
