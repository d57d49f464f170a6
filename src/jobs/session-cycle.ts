import { findDrive } from "../db/drive.ts";
import { ensureSession, findOpenSession } from "../db/sessions.ts";
import { currentOrNextCycle } from "../domain/calendar.ts";
import { scheduleOf } from "../db/drive-schedule.ts";
import { closeSessionNow } from "./close-session.ts";
import type { JobDeps } from "./job-deps.ts";
import { openSessionNow } from "./open-session.ts";

export type CycleResult = { closed: number[]; opened: number | null; cancelled: number };

/**
 * Brings the sessions to where the clock says they should be: closes the open session once
 * its close time has passed (also after downtime), gives up the sessions that never opened
 * before their close, creates the coming session and opens it when its time has come.
 */
export async function runSessionCycle(deps: JobDeps, now: Date): Promise<CycleResult> {
  const { db, driveId, logger } = deps;
  const result: CycleResult = { closed: [], opened: null, cancelled: 0 };

  const open = await findOpenSession(db, driveId);
  if (open && open.closesAt <= now) {
    const closed = await closeSessionNow(deps, now);
    if (closed.closed) result.closed.push(closed.session.id);
  }

  // A session whose whole order window passed while the bot was down was never orderable.
  const missed = await db.session.updateMany({
    where: { driveId, status: "scheduled", closesAt: { lte: now } },
    data: { status: "cancelled" },
  });
  result.cancelled = missed.count;
  if (missed.count > 0)
    logger.warn({ count: missed.count }, "sessions missed while down, cancelled");

  const drive = await findDrive(db, driveId);
  const session = await ensureSession(db, driveId, currentOrNextCycle(scheduleOf(drive), now));
  const due = session.opensAt <= now && now < session.closesAt;
  if (session.status === "scheduled" && due) {
    const opened = await openSessionNow(deps, now);
    if (opened.opened) result.opened = opened.session.id;
  }
  return result;
}
