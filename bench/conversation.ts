import { seedDemo } from "../src/cli/seed-demo.ts";
import { startTestApp } from "../test/support/test-app.ts";
import { createBenchDatabase } from "./database.ts";
import { coreEchoFeature } from "./core-echo.ts";
import { pressAsEcho, runEchoBaseline } from "./echo-baseline.ts";
import {
  driveUsers,
  instrumentHandling,
  type LoadResult,
  type Perform,
  type Step,
} from "./load.ts";
import type { DatabaseKind } from "./params.ts";
import { median, ratio } from "./stats.ts";

/** A Saturday noon, inside the demo session's ordering window (Friday 18:00 → Monday 20:00). */
export const benchNow = "2026-12-05T11:00:00.000Z";

/** The production relay settings, so that the relay loads the database as it would live. */
export const productionOutbox = {
  OUTBOX_POLL_INTERVAL_MS: "500",
  OUTBOX_CHAT_INTERVAL_MS: "1050",
  OUTBOX_MESSAGES_PER_SECOND: "29",
};

export type Conversation = { name: string; note: string; steps: Step[] };

/** Used while the customer ordering flow is not in the bot: commands and free text only. */
export const basicConversation: Conversation = {
  name: "basic",
  note: "/start, /aide and free text (the ordering flow was not in the bot yet)",
  steps: [
    { text: "/start" },
    { text: "/aide" },
    { text: "Bonjour, il reste des carottes ?" },
    { text: "/aide" },
    { text: "Merci !" },
    { text: "/start" },
  ],
};

/** The whole order of a newcomer, by button labels as in test/customer/ordering.test.ts. */
export const orderConversation: Conversation = {
  name: "order",
  note:
    "the whole order of a newcomer: /start, accept the notice, browse by farm, open a product, " +
    "add it twice, basket, order, pick a slot, confirm",
  steps: [
    { text: "/start" },
    { press: "J’accepte" },
    { press: "Par producteur" },
    { press: "Ferme du Causse Rouge" },
    { press: "Carottes des sables" },
    { press: "➕" },
    { press: "➕" },
    { press: "Panier ·" },
    { press: "Commander" },
    { press: "17 h – 18 h" },
    { press: "Je confirme" },
  ],
};

/** How a run drives the bot: the whole bot by its buttons, or the core alone like the echo bot. */
type BotRun = { thinkMs?: number; coreOnly?: boolean };

/** The real bot on a fresh seeded database, driven by `users` simulated customers. */
export async function runBotConversation(
  kind: DatabaseKind,
  users: number,
  conversation: Conversation,
  run: BotRun = {},
): Promise<LoadResult> {
  const database = await createBenchDatabase(kind);
  const t = await startTestApp({
    now: benchNow,
    database,
    env: productionOutbox,
    ...(run.coreOnly ? { features: [coreEchoFeature] } : {}),
  });
  try {
    await seedDemo(t.app.db, t.app.deps.driveId, t.clock.now());
    // Every customer confirms a basket: stock must not run out before the last one.
    await t.app.db.offer.updateMany({ data: { remainingSteps: null } });
    const handled = instrumentHandling(t.app.bot);
    const byButtons: Perform = (user, step) =>
      "text" in step ? user.send(step.text) : user.press(step.press);
    return await driveUsers({
      api: t.api,
      users,
      firstUserId: 100_000,
      steps: conversation.steps,
      handled,
      ...(run.thinkMs === undefined ? {} : { thinkMs: run.thinkMs }),
      perform: run.coreOnly ? pressAsEcho : byButtons,
    });
  } finally {
    await t.stop();
    await database.drop();
  }
}

export type ConversationFigures = {
  kind: DatabaseKind;
  conversation: Conversation;
  users: number;
  repetitions: number;
  bot: LoadResult[];
  echo: LoadResult[];
  /** The real core middlewares with the echo bot's handlers as the only feature. */
  core: LoadResult[];
  /** Medians over the repetitions. */
  botUpdatesPerSecond: number;
  echoUpdatesPerSecond: number;
  ratio: number;
  coreUpdatesPerSecond: number;
  coreRatio: number;
  handleP50: number;
  handleP99: number;
  roundTripP50: number;
  roundTripP99: number;
  echoHandleP99: number;
  echoRoundTripP99: number;
  errors: number;
  paced?: PacedFigures;
};

/** One bot run and one echo run at the same steady offered load, for the time per update. */
export type PacedFigures = { offeredPerSecond: number; bot: LoadResult; echo: LoadResult };

/** Echo and bot runs interleaved (echo, bot, echo, bot…), so that noise falls on both. */
export async function measureConversation(
  kind: DatabaseKind,
  users: number,
  repetitions: number,
  conversation: Conversation,
  pacedPerSecond?: number,
): Promise<ConversationFigures> {
  const bot: LoadResult[] = [];
  const echo: LoadResult[] = [];
  const core: LoadResult[] = [];
  for (let rep = 0; rep < repetitions; rep++) {
    echo.push(await runEchoBaseline(users, conversation.steps));
    core.push(await runBotConversation(kind, users, conversation, { coreOnly: true }));
    bot.push(await runBotConversation(kind, users, conversation));
  }
  const paced =
    pacedPerSecond === undefined
      ? undefined
      : await measurePaced(kind, users, pacedPerSecond, conversation);
  const of = (runs: LoadResult[], pick: (run: LoadResult) => number) => median(runs.map(pick));
  return {
    kind,
    conversation,
    users,
    repetitions,
    bot,
    echo,
    core,
    botUpdatesPerSecond: of(bot, (run) => run.updatesPerSecond),
    echoUpdatesPerSecond: of(echo, (run) => run.updatesPerSecond),
    ratio: median(bot.map((run, i) => ratio(run.updatesPerSecond, echo[i]!.updatesPerSecond))),
    coreUpdatesPerSecond: of(core, (run) => run.updatesPerSecond),
    coreRatio: median(core.map((run, i) => ratio(run.updatesPerSecond, echo[i]!.updatesPerSecond))),
    handleP50: of(bot, (run) => run.handleP50),
    handleP99: of(bot, (run) => run.handleP99),
    roundTripP50: of(bot, (run) => run.roundTripP50),
    roundTripP99: of(bot, (run) => run.roundTripP99),
    echoHandleP99: of(echo, (run) => run.handleP99),
    echoRoundTripP99: of(echo, (run) => run.roundTripP99),
    errors: [...bot, ...core].reduce((sum, run) => sum + run.errors, 0),
    ...(paced ? { paced } : {}),
  };
}

/**
 * The time per update when the bot is not saturated: the same customers pause between
 * steps so that about `perSecond` updates arrive each second, as on an opening evening.
 */
async function measurePaced(
  kind: DatabaseKind,
  users: number,
  perSecond: number,
  conversation: Conversation,
): Promise<PacedFigures> {
  const thinkMs = (users / perSecond) * 1000;
  const echo = await runEchoBaseline(users, conversation.steps, thinkMs);
  const bot = await runBotConversation(kind, users, conversation, { thinkMs });
  return { offeredPerSecond: perSecond, bot, echo };
}
