import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestApp, type TestApp } from "../support/test-app.ts";
import { seedOrderFor } from "./fixtures.ts";

describe("personal data (RGPD)", () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp();
  });

  afterAll(async () => {
    await t.stop();
  });

  it("shows the privacy notice with purposes and retention", async () => {
    const reply = await t.user(3001, "Inès").command("confidentialite");

    expect(reply.text).toContain("Pourquoi");
    expect(reply.text).toContain("Combien de temps");
    expect(reply.text).toContain("10 ans");
    expect(reply.text).toContain("/oubliermoi");
    const english = await t.user(3002, "Sam", "en").command("privacy");
    expect(english.text).toContain("How long");
  });

  it("sends a member everything held about them as a JSON document", async () => {
    const user = t.user(3003, "Lucie");
    await user.command("start");
    const member = await t.app.db.member.findFirstOrThrow({ where: { telegramId: 3003n } });
    await t.app.db.member.update({ where: { id: member.id }, data: { phone: "0612345678" } });
    await seedOrderFor(t.app.db, member.id, t.app.deps.driveId);

    const reply = await user.command("mesdonnees");

    expect(reply.documents).toHaveLength(1);
    const data = JSON.parse(reply.documents[0]!.bytes.toString("utf8"));
    expect(data.member.firstName).toBe("Lucie");
    expect(data.member.phone).toBe("0612345678");
    expect(data.member.telegramId).toBe("3003");
    expect(data.orders).toHaveLength(1);
    expect(data.orders[0].lines[0].offer.product.name).toBe("Tomates <anciennes>");
    expect(data.payments).toHaveLength(1);
    expect(data.credits).toHaveLength(1);
    expect(data.complaints[0].text).toBe("Une tomate écrasée");
    expect(data.shifts).toHaveLength(1);
    expect(data.cart).toHaveLength(1);
    expect(data.conversation.step).toBe("test.step");
  });

  it("erases personal data after confirmation and keeps anonymous accounts", async () => {
    const user = t.user(3004, "Marc");
    await user.command("start");
    const member = await t.app.db.member.findFirstOrThrow({ where: { telegramId: 3004n } });
    await t.app.db.member.update({ where: { id: member.id }, data: { phone: "0699999999" } });
    await seedOrderFor(t.app.db, member.id, t.app.deps.driveId);

    const asked = await user.command("oubliermoi");
    expect(asked.text).toContain("définitif");
    expect(await t.app.db.member.count({ where: { id: member.id, erasedAt: null } })).toBe(1);
    await user.press("Oui, effacer mes données");

    const erased = await t.app.db.member.findUniqueOrThrow({ where: { id: member.id } });
    expect(erased.erasedAt).not.toBeNull();
    expect(erased.telegramId).toBe(-BigInt(member.id));
    expect(erased.phone).toBeNull();
    expect(erased.username).toBeNull();
    expect(erased.firstName).not.toContain("Marc");
    expect(erased.crateName).not.toContain("Marc");
    expect(await t.app.db.cartLine.count({ where: { memberId: member.id } })).toBe(0);
    expect(await t.app.db.conversation.count({ where: { telegramId: 3004n } })).toBe(0);
    expect(await t.app.db.order.count({ where: { memberId: member.id } })).toBe(1);
    expect(await t.app.db.payment.count({ where: { memberId: member.id } })).toBe(1);
    const complaint = await t.app.db.complaint.findFirstOrThrow({ where: { memberId: member.id } });
    expect(complaint.text).toBe("");

    const again = await user.command("start");
    expect(again.text).toContain("Bienvenue");
    const fresh = await t.app.db.member.findFirstOrThrow({ where: { telegramId: 3004n } });
    expect(fresh.id).not.toBe(member.id);
  });

  it("keeps everything when the member answers no, and erases once on a double press", async () => {
    const user = t.user(3005, "Zoé");
    await user.command("start");
    await user.command("oubliermoi");
    const kept = await user.press("Non, garder mon compte");
    expect(kept.text).toContain("Rien n’a été effacé");
    expect(await t.app.db.member.count({ where: { telegramId: 3005n, erasedAt: null } })).toBe(1);

    await user.command("oubliermoi");
    const yes = user.lastMessage()!.replyMarkup!.inline_keyboard![0]![0]!.callback_data!;
    await user.pressData(yes);
    await user.pressData(yes);
    expect(
      await t.app.db.member.count({
        where: { erasedAt: { not: null }, firstName: { not: "Zoé" } },
      }),
    ).toBeGreaterThan(0);
    expect(await t.app.db.member.count({ where: { telegramId: { lt: 0n } } })).toBe(
      await t.app.db.member.count({ where: { erasedAt: { not: null } } }),
    );
  });
});
