import { schedule as cronSchedule, type ScheduledTask } from "node-cron";
import { findDrive } from "../db/drive.ts";
import { scheduleOf } from "../db/drive-schedule.ts";
import { claimJobRun, finishJobRun } from "../db/job-runs.ts";
import { cronExpression, type WeeklySchedule } from "../domain/calendar.ts";
import type { JobDeps } from "./job-deps.ts";
import { tick } from "./tick.ts";

export type SchedulerOptions = {
  now: () => Date;
  /** How often the catch-up tick runs, and the schedule is checked for changes. */
  tickIntervalMs?: number;
};

export type Scheduler = {
  /** Runs a tick now (at most one at a time in this process). */
  runTick(): Promise<void>;
  /** Re-reads the drive's times and moves the cron tasks when they changed. */
  reschedule(): Promise<void>;
  stop(): Promise<void>;
};

type CronJob = { name: string; expression: string };

/** The drive's weekly moments as node-cron tasks, in its time zone. */
export function cronJobsOf(schedule: WeeklySchedule): CronJob[] {
  // The pickup reminder is on the pickup day, or the day before when the pickup starts earlier.
  const sameDay = schedule.pickupReminderTime < schedule.pickupStartTime;
  const reminderDay = sameDay ? schedule.pickupWeekday : ((schedule.pickupWeekday + 5) % 7) + 1;
  return [
    { name: "open", expression: cronExpression(schedule.openWeekday, schedule.openTime) },
    { name: "close", expression: cronExpression(schedule.closeWeekday, schedule.closeTime) },
    {
      name: "closing_reminder",
      expression: cronExpression(schedule.closingReminderWeekday, schedule.closingReminderTime),
    },
    {
      name: "pickup_reminder",
      expression: cronExpression(reminderDay, schedule.pickupReminderTime),
    },
  ];
}

/**
 * Starts the week's clock: one cron task per weekly moment, each running the idempotent tick,
 * plus a tick at start (catch-up after downtime) and every few minutes (scheduled broadcasts,
 * delivery reports, and a safety net should a cron time be missed).
 */
export async function startScheduler(deps: JobDeps, options: SchedulerOptions): Promise<Scheduler> {
  const { db, driveId, logger } = deps;
  const log = logger.child({ component: "scheduler" });
  let tasks: ScheduledTask[] = [];
  let signature = "";
  let running: Promise<void> | null = null;
  let stopped = false;

  function runTick(): Promise<void> {
    if (stopped) return Promise.resolve();
    running ??= tick(deps, options.now())
      .then(({ failed }) => {
        if (failed.length > 0) log.warn({ failed }, "tick finished with failures");
      })
      .finally(() => {
        running = null;
      });
    return running;
  }

  // Two processes fire the same cron minute; the JobRun row lets one of them do the work.
  async function runCron(name: string): Promise<void> {
    const now = options.now();
    const minute = new Date(Math.floor(now.getTime() / 60_000) * 60_000).toISOString();
    const runId = await claimJobRun(db, name, minute, now);
    if (runId === null) return;
    try {
      await runTick();
      await finishJobRun(db, runId, options.now(), "done", "tick");
    } catch (error) {
      await finishJobRun(db, runId, options.now(), "failed", String(error));
      throw error;
    }
  }

  async function reschedule(): Promise<void> {
    const drive = await findDrive(db, driveId);
    const jobs = cronJobsOf(scheduleOf(drive));
    const next = `${drive.timezone}|${jobs.map((job) => job.expression).join("|")}`;
    if (next === signature || stopped) return;
    signature = next;
    for (const task of tasks) await task.destroy();
    tasks = jobs.map((job) =>
      cronSchedule(
        job.expression,
        () =>
          runCron(job.name).catch((error: unknown) =>
            log.error({ err: error, job: job.name }, "cron job failed"),
          ),
        { name: job.name, timezone: drive.timezone, noOverlap: true },
      ),
    );
    log.info({ timezone: drive.timezone, jobs }, "weekly jobs scheduled");
  }

  await reschedule();
  await runTick();
  const interval = setInterval(() => {
    void reschedule()
      .then(runTick)
      .catch((error: unknown) => log.error({ err: error }, "scheduler interval failed"));
  }, options.tickIntervalMs ?? 60_000);
  interval.unref();

  return {
    runTick,
    reschedule,
    async stop() {
      stopped = true;
      clearInterval(interval);
      for (const task of tasks) await task.destroy();
      tasks = [];
      await running;
      log.info("scheduler stopped");
    },
  };
}
