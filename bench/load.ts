import type { Telegraf } from "telegraf";
import type { Reply } from "../test/support/bot-reply.ts";
import type { FakeBotApi } from "../test/support/fake-bot-api.ts";
import { SimulatedUser } from "../test/support/simulated-user.ts";
import { percentile } from "./stats.ts";

/** One action of a simulated customer: a text (a command or free text) or a button press. */
export type Step = { text: string } | { press: string };

export type LoadResult = {
  users: number;
  updates: number;
  /** Actions whose reply was empty or that threw (a missing button, a timeout). */
  errors: number;
  firstError?: string;
  wallMs: number;
  updatesPerSecond: number;
  /** The bot's own time per update: from telegraf's handleUpdate call to its end. */
  handleP50: number;
  handleP99: number;
  /** From the push to the fake API until it saw the update processed (`waitForProcessed`). */
  roundTripP50: number;
  roundTripP99: number;
};

/** Records how long the bot takes over each update, by wrapping telegraf's handleUpdate. */
export function instrumentHandling(bot: Pick<Telegraf, "handleUpdate">): number[] {
  const durations: number[] = [];
  const original = bot.handleUpdate.bind(bot);
  bot.handleUpdate = async (...args: Parameters<Telegraf["handleUpdate"]>) => {
    const start = performance.now();
    try {
      return await original(...args);
    } finally {
      durations.push(performance.now() - start);
    }
  };
  return durations;
}

export type Perform = (user: SimulatedUser, step: Step) => Promise<Reply>;

/**
 * `users` simulated customers, each running `steps` one after the other and waiting for each
 * reply, as people do. With no `thinkMs` they all start at once and go on at once; with it,
 * they start spread over that time and pause about that long before each step (between
 * half and one and a half times), so the bot gets a steady `users / thinkMs` updates per ms.
 */
export async function driveUsers(options: {
  api: FakeBotApi;
  users: number;
  firstUserId: number;
  steps: Step[];
  perform: Perform;
  handled: number[];
  thinkMs?: number;
}): Promise<LoadResult> {
  const think = options.thinkMs ?? 0;
  const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
  const { api, steps, perform } = options;
  const roundTrips: number[] = [];
  let errors = 0;
  let firstError: string | undefined;
  const people = Array.from(
    { length: options.users },
    (_, index) =>
      new SimulatedUser(api, {
        id: options.firstUserId + index,
        firstName: `Client${index}`,
        languageCode: "fr",
        timeoutMs: 60_000,
      }),
  );
  options.handled.length = 0;
  const start = performance.now();
  await Promise.all(
    people.map(async (user) => {
      if (think > 0) await pause(Math.random() * think);
      for (const [index, step] of steps.entries()) {
        if (think > 0 && index > 0) await pause(think * (0.5 + Math.random()));
        const before = performance.now();
        try {
          const reply = await perform(user, step);
          roundTrips.push(performance.now() - before);
          if (reply.texts.length === 0 && !reply.callbackAnswered) {
            errors++;
            firstError ??= `no reply to ${JSON.stringify(step)}`;
          }
        } catch (error) {
          errors++;
          firstError ??= error instanceof Error ? error.message : String(error);
          return;
        }
      }
    }),
  );
  const wallMs = performance.now() - start;
  const updates = roundTrips.length;
  return {
    users: options.users,
    updates,
    errors,
    ...(firstError === undefined ? {} : { firstError }),
    wallMs,
    updatesPerSecond: (updates / wallMs) * 1000,
    handleP50: percentile(options.handled, 50),
    handleP99: percentile(options.handled, 99),
    roundTripP50: percentile(roundTrips, 50),
    roundTripP99: percentile(roundTrips, 99),
  };
}
