import type { Db } from "./client.ts";

/**
 * Claims one occurrence of a job: the insert is unique on (job, occurrenceKey), so when two
 * processes fire the same cron at the same minute only one of them gets true.
 */
export async function claimJobRun(
  db: Db,
  job: string,
  occurrenceKey: string,
  now: Date,
): Promise<number | null> {
  try {
    const run = await db.jobRun.create({ data: { job, occurrenceKey, startedAt: now } });
    return run.id;
  } catch (error) {
    const existing = await db.jobRun.findUnique({
      where: { job_occurrenceKey: { job, occurrenceKey } },
      select: { id: true },
    });
    if (existing) return null;
    throw error;
  }
}

export async function finishJobRun(
  db: Db,
  id: number,
  now: Date,
  status: "done" | "failed",
  detail: string,
): Promise<void> {
  await db.jobRun.update({
    where: { id },
    data: { finishedAt: now, status, detail: detail.slice(0, 500) },
  });
}
