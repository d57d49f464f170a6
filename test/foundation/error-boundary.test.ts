import { TelegramError } from "telegraf";
import { describe, expect, it } from "vitest";
import type { BotContext } from "../../src/bot/context.ts";
import { textsFor } from "../../src/bot/i18n.ts";
import { handleBotError } from "../../src/bot/middlewares/error-boundary.ts";
import { createLogger } from "../../src/logger.ts";

/** Just enough of a context to see what the boundary answers. */
function contextFor(kind: "message" | "callback") {
  const said: { method: string; text?: string }[] = [];
  const ctx = {
    update: { update_id: 1 },
    log: createLogger("silent"),
    t: textsFor("fr"),
    chat: { id: 1, type: "private" },
    callbackQuery: kind === "callback" ? { id: "q" } : undefined,
    answerCbQuery: async (text?: string) => said.push({ method: "answerCbQuery", text }),
    reply: async (text: string) => said.push({ method: "reply", text }),
  } as unknown as BotContext;
  return { ctx, said };
}

describe("the error boundary", () => {
  it("apologises in the user's language when a handler fails on a message", async () => {
    const { ctx, said } = contextFor("message");

    await handleBotError(new Error("boom"), ctx);

    expect(said).toEqual([{ method: "reply", text: textsFor("fr").common.error }]);
  });

  it("answers a failed button with the apology, so the client never spins", async () => {
    const { ctx, said } = contextFor("callback");

    await handleBotError(new Error("boom"), ctx);

    expect(said).toEqual([{ method: "answerCbQuery", text: textsFor("fr").common.error }]);
  });

  it("answers a second press that would leave the message as it is, and says nothing", async () => {
    const { ctx, said } = contextFor("callback");
    const unchanged = new TelegramError({
      error_code: 400,
      description:
        "Bad Request: message is not modified: specified new message content is the same",
    });

    await handleBotError(unchanged, ctx);

    expect(said).toEqual([{ method: "answerCbQuery", text: undefined }]);
  });
});
