import { queueDueBroadcasts, sendBroadcastReports } from "./broadcasts.ts";
import { sendClosingReminder } from "./closing-reminder.ts";
import type { JobDeps } from "./job-deps.ts";
import { sendNewsletter } from "./newsletter.ts";
import { sendPickupReminder } from "./pickup-reminder.ts";
import { runSessionCycle } from "./session-cycle.ts";

type Step = { name: string; run: (deps: JobDeps, now: Date) => Promise<unknown> };

// In this order: a session opened by this tick gets its newsletter in the same tick, and a
// session closed by it can get its pickup reminder when the bot was down past that time.
const steps: Step[] = [
  { name: "session_cycle", run: runSessionCycle },
  { name: "newsletter", run: sendNewsletter },
  { name: "closing_reminder", run: sendClosingReminder },
  { name: "pickup_reminder", run: sendPickupReminder },
  { name: "due_broadcasts", run: queueDueBroadcasts },
  { name: "broadcast_reports", run: sendBroadcastReports },
];

/**
 * Does whatever is due at `now` and not done yet. Every step is idempotent, so the tick can run
 * at start (catching up after downtime), on each cron time and every few minutes, on any number
 * of processes. A failing step is logged and does not stop the others.
 */
export async function tick(deps: JobDeps, now: Date): Promise<{ failed: string[] }> {
  const failed: string[] = [];
  for (const step of steps) {
    try {
      await step.run(deps, now);
    } catch (error) {
      failed.push(step.name);
      deps.logger.error({ err: error, step: step.name }, "scheduled step failed");
    }
  }
  return { failed };
}
