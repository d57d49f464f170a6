import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { tick } from "../../src/jobs/tick.ts";
import { startTestApp, type TestApp } from "../support/test-app.ts";
import { addCustomer, addOffer, addPickupPoint, textsSentTo, waitForOutbox } from "./helpers.ts";

// The week of the spring clock change: Paris is UTC+1 until Sunday 28 March 2027 02:00,
// UTC+2 after.
describe("a whole week run by the clock, across the March 2027 clock change", () => {
  let t: TestApp;
  const [ALICE, BASILE, CHLOE] = [5101, 5102, 5103];
  let since = 0;
  const sent = (chatId: number) => textsSentTo(t, chatId, since);

  beforeAll(async () => {
    t = await startTestApp({ now: "2027-03-25T10:00:00Z" });
    await addPickupPoint(t);
    await addCustomer(t, ALICE, "Alice");
    await addCustomer(t, BASILE, "Basile");
    const chloe = await addCustomer(t, CHLOE, "Chloé");
    await t.app.db.member.update({ where: { id: chloe.id }, data: { newsletterOptIn: false } });
    since = t.api.nextSeq;
  });

  afterAll(async () => {
    await t.stop();
  });

  const session = () =>
    t.app.db.session.findFirstOrThrow({ where: { status: { not: "cancelled" } } });

  it("creates the coming session with its local times kept across the change", async () => {
    await tick(t.app.deps, t.clock.now());

    const s = await session();
    expect(s.status).toBe("scheduled");
    expect(s.opensAt.toISOString()).toBe("2027-03-26T17:00:00.000Z");
    expect(s.closesAt.toISOString()).toBe("2027-03-29T18:00:00.000Z");
    expect(s.pickupStartsAt.toISOString()).toBe("2027-03-31T14:00:00.000Z");
  });

  it("opens on Friday 18:00 and sends the newsletter once, not to the unsubscribed", async () => {
    const s = await session();
    const leeks = await addOffer(t, s.id, "Poireaux primeurs");
    t.clock.set("2027-03-26T17:00:00Z");
    await tick(t.app.deps, t.clock.now());
    await tick(t.app.deps, t.clock.now());
    await waitForOutbox(t);

    expect((await session()).status).toBe("open");
    const letters = sent(ALICE);
    expect(letters).toHaveLength(1);
    expect(letters[0]).toContain("les commandes sont ouvertes");
    expect(letters[0]).toContain("Ferme du Causse");
    expect(letters[0]).toContain("Poireaux primeurs");
    expect(letters[0]).toContain("lundi 29 mars à 20 h");
    expect(letters[0]).toContain("mercredi 31 mars, 16 h – 19 h");
    expect(letters[0]).toContain("Salle des fêtes");
    expect(sent(CHLOE)).toHaveLength(0);

    // Basile starts a basket, Chloé confirms an order.
    const basile = await t.app.db.member.findFirstOrThrow({
      where: { telegramId: BigInt(BASILE) },
    });
    await t.app.db.cartLine.create({
      data: { memberId: basile.id, sessionId: s.id, offerId: leeks.id, steps: 2 },
    });
    const chloe = await t.app.db.member.findFirstOrThrow({ where: { telegramId: BigInt(CHLOE) } });
    await t.app.db.order.create({
      data: { sessionId: s.id, memberId: chloe.id, code: "K7Q", totalCents: 700 },
    });
  });

  it("reminds on Monday 16:00, with a different text for an unconfirmed basket", async () => {
    t.clock.set("2027-03-29T13:59:00Z");
    await tick(t.app.deps, t.clock.now());
    expect((await session()).closingReminderSentAt).toBeNull();

    t.clock.set("2027-03-29T14:00:00Z");
    await tick(t.app.deps, t.clock.now());
    await tick(t.app.deps, t.clock.now());
    await waitForOutbox(t);

    expect(sent(ALICE).slice(1)).toEqual([expect.stringContaining("Il est encore temps")]);
    expect(sent(BASILE).slice(1)).toEqual([
      expect.stringContaining("panier n’est pas encore confirmé"),
    ]);
    expect(sent(CHLOE)).toHaveLength(0);
  });

  it("closes on Monday 20:00 local time, 18:00 UTC, once", async () => {
    t.clock.set("2027-03-29T17:59:00Z");
    await tick(t.app.deps, t.clock.now());
    expect((await session()).status).toBe("open");

    t.clock.set("2027-03-29T18:00:00Z");
    await tick(t.app.deps, t.clock.now());
    await tick(t.app.deps, t.clock.now());

    const s = await session();
    expect(s.status).toBe("closed");
    expect(s.closedAt?.toISOString()).toBe("2027-03-29T18:00:00.000Z");
    const order = await t.app.db.order.findFirstOrThrow({ where: { code: "K7Q" } });
    expect(order.crateNumber).toBe(1);
  });

  it("reminds the pickup Wednesday 09:00 local, even to the unsubscribed", async () => {
    t.clock.set("2027-03-31T06:59:00Z");
    await tick(t.app.deps, t.clock.now());
    expect((await session()).pickupReminderSentAt).toBeNull();

    t.clock.set("2027-03-31T07:00:00Z");
    await tick(t.app.deps, t.clock.now());
    await tick(t.app.deps, t.clock.now());
    await waitForOutbox(t);

    const texts = sent(CHLOE);
    expect(texts).toHaveLength(1);
    expect(texts[0]).toContain("K7Q");
    expect(texts[0]).toContain("Cagette n° 1");
    expect(texts[0]).toContain("16 h – 19 h");
    expect(texts[0]).toContain("Salle des fêtes, 1 place de la Mairie");
    expect(sent(ALICE)).toHaveLength(2);
  });

  it("prepares the next session once this one is closed", async () => {
    const next = await t.app.db.session.findFirstOrThrow({ where: { status: "scheduled" } });
    expect(next.opensAt.toISOString()).toBe("2027-04-02T16:00:00.000Z");
  });
});
