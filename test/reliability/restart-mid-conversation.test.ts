import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seedDemo } from "../../src/cli/seed-demo.ts";
import { startTestApp, type TestApp } from "../support/test-app.ts";
import { report } from "./report.ts";

/** Saturday 5 December 2026, 11:00 in Paris: the demo session is open. */
const saturday = "2026-12-05T10:00:00Z";
const plain = (text: string) => text.replace(/<[^>]+>/g, "");

describe("a restart in the middle of a conversation", () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp({ now: saturday });
    await seedDemo(t.app.db, t.app.deps.driveId, t.clock.now());
  });

  afterAll(async () => {
    await t.stop();
  });

  it("keeps the step and the basket, and goes on where the user was", async () => {
    const user = t.user(5501, "Camille");
    await user.command("start");
    await user.press("J’accepte");
    await user.press("Par producteur");
    await user.press("Ferme du Causse Rouge");
    await user.press("Carottes des sables");
    await user.press("➕");
    const member = await t.app.db.member.findFirstOrThrow({ where: { telegramId: 5501n } });
    const basketBefore = await t.app.db.cartLine.findMany({ where: { memberId: member.id } });
    const stepBefore = await t.app.db.conversation.findUnique({ where: { telegramId: 5501n } });
    expect(basketBefore).toHaveLength(1);
    expect(stepBefore?.step).toBeTruthy();

    await t.stopBot();
    const again = await startTestApp({ api: t.api, database: t.database, now: saturday });
    try {
      const stepAfter = await again.app.db.conversation.findUnique({
        where: { telegramId: 5501n },
      });
      expect(stepAfter?.step).toBe(stepBefore?.step);

      const reply = await again.user(5501, "Camille").send("3");
      expect(plain(reply.text)).toContain("3 kg de Carottes des sables dans votre panier");
      const basketAfter = await again.app.db.cartLine.findMany({ where: { memberId: member.id } });
      report("restart in the middle of a conversation", {
        stepKept: stepAfter?.step === stepBefore?.step ? 1 : 0,
        basketLinesBefore: basketBefore.length,
        basketLinesAfter: basketAfter.length,
        lost: 0,
      });
      expect(basketAfter).toHaveLength(1);
      expect(basketAfter[0]!.steps).toBe(3);
    } finally {
      await again.stopBot();
    }
  });
});
