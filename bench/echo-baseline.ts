import { Telegraf } from "telegraf";
import { startFakeBotApi } from "../test/support/fake-bot-api.ts";
import {
  driveUsers,
  instrumentHandling,
  type LoadResult,
  type Perform,
  type Step,
} from "./load.ts";

/** A press becomes a callback query with the label as its data: echo bots have no buttons. */
export const pressAsEcho: Perform = (user, step) =>
  "text" in step ? user.send(step.text) : user.pressData(`echo:${step.press.slice(0, 40)}`);

/**
 * The baseline: a bare telegraf bot that echoes each text and answers each button, on a
 * fresh fake Bot API like the real bot's, driven by the same users with the same updates
 * (a press becomes a callback query on the user's last message).
 */
export async function runEchoBaseline(
  users: number,
  steps: Step[],
  thinkMs = 0,
): Promise<LoadResult> {
  const api = await startFakeBotApi();
  const bot = new Telegraf(api.token, { telegram: { apiRoot: api.apiRoot, webhookReply: false } });
  bot.on("message", async (ctx) => {
    const text = "text" in ctx.message ? ctx.message.text : "?";
    await ctx.reply(text);
  });
  bot.on("callback_query", async (ctx) => {
    await ctx.answerCbQuery("ok");
  });
  const handled = instrumentHandling(bot);
  const running = bot.launch({ dropPendingUpdates: false });
  try {
    await api.waitFor(() => api.callsOf("getUpdates").length > 0);
    return await driveUsers({
      api,
      users,
      firstUserId: 500_000,
      steps,
      handled,
      thinkMs,
      perform: pressAsEcho,
    });
  } finally {
    bot.stop("bench");
    await running.catch(() => undefined);
    await api.close();
  }
}
