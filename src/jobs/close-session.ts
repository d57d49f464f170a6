import { enqueuePickLists } from "../db/pick-list-outbox.ts";
import { closeSession, findOpenSession, type CloseHook, type Session } from "../db/sessions.ts";
import type { JobDeps } from "./job-deps.ts";

/** What closing a session writes with it, in the same transaction. */
export function closeHooks(_deps: JobDeps): CloseHook[] {
  return [enqueuePickLists];
}

export type CloseResult =
  { closed: true; session: Session } | { closed: false; reason: "none_open" };

/** Closes the open session now: at the scheduled time, by a coordinator, or by the CLI. */
export async function closeSessionNow(deps: JobDeps, now: Date): Promise<CloseResult> {
  const { db, driveId, logger } = deps;
  const open = await findOpenSession(db, driveId);
  if (!open) return { closed: false, reason: "none_open" };
  if (!(await closeSession(db, open.id, now, closeHooks(deps)))) {
    return { closed: false, reason: "none_open" };
  }
  logger.info({ sessionId: open.id }, "session closed");
  return { closed: true, session: await db.session.findUniqueOrThrow({ where: { id: open.id } }) };
}
