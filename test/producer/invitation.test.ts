import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createInvitation } from "../../src/db/invitations.ts";
import { startTestApp, type TestApp } from "../support/test-app.ts";
import { saturday } from "./fixtures.ts";

describe("joining as a producer by invitation", () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp({ now: saturday });
    await t.user(1, "Claire").command("start");
    await t.app.db.member.updateMany({ where: { telegramId: 1n }, data: { isCoordinator: true } });
  });

  afterAll(async () => {
    await t.stop();
  });

  async function producerOf(telegramId: number) {
    return t.app.db.member.findFirst({
      where: { telegramId: BigInt(telegramId) },
      select: { isProducer: true, producerId: true },
    });
  }

  function codeIn(text: string): string {
    const match = /\?start=([A-Za-z0-9_-]+)/.exec(text);
    if (!match?.[1]) throw new Error(`no link in ${text}`);
    return match[1];
  }

  it("gives a coordinator a one-time t.me link for a farm, created if new", async () => {
    const reply = await t.user(1).command("inviter_producteur", "Ferme du Causse Rouge");

    expect(reply.text).toContain("Ferme du Causse Rouge");
    expect(reply.text).toMatch(/https:\/\/t\.me\/\w+\?start=/);
    const farm = await t.app.db.producer.findFirst({ where: { name: "Ferme du Causse Rouge" } });
    expect(farm).not.toBeNull();
  });

  it("attaches whoever opens a valid link to the farm, once", async () => {
    const link = await t.user(1).command("invite_producer", "Bergerie de la Sorgues");
    const code = codeIn(link.text);

    const joined = await t.user(2, "Jeanne").command("start", code);

    expect(joined.text).toContain("Bergerie de la Sorgues");
    const farm = await t.app.db.producer.findFirstOrThrow({
      where: { name: "Bergerie de la Sorgues" },
    });
    expect(await producerOf(2)).toEqual({ isProducer: true, producerId: farm.id });

    const again = await t.user(3, "Paul").command("start", code);
    expect(again.text).toContain("déjà servi");
    expect(await producerOf(3)).toEqual({ isProducer: false, producerId: null });
  });

  it("refuses an expired link and grants nothing", async () => {
    const link = await t.user(1).command("inviter_producteur", "Rucher du Larzac");
    t.clock.advance(8 * 24 * 3600_000);
    try {
      const reply = await t.user(4, "Marc").command("start", codeIn(link.text));

      expect(reply.text).toContain("expiré");
      expect(await producerOf(4)).toEqual({ isProducer: false, producerId: null });
    } finally {
      t.clock.set(saturday);
    }
  });

  it("refuses an invented code and grants nothing", async () => {
    const reply = await t.user(5, "Léa").command("start", "inventeCode12");

    expect(reply.text).toContain("n’existe pas");
    expect(await producerOf(5)).toEqual({ isProducer: false, producerId: null });
  });

  it("keeps working with links made by the CLI's function", async () => {
    const farm = await t.app.db.producer.create({
      data: { driveId: t.app.deps.driveId, name: "GAEC" },
    });
    const { code } = await createInvitation(t.app.db, {
      driveId: t.app.deps.driveId,
      role: "producer",
      producerId: farm.id,
      now: t.clock.now(),
    });
    await t.user(6, "Noé").command("start", code);

    expect(await producerOf(6)).toEqual({ isProducer: true, producerId: farm.id });
  });

  it("lets only coordinators create invitations", async () => {
    await t.user(7, "Intrus").command("start");
    const reply = await t.user(7).command("inviter_producteur", "Fausse ferme");

    expect(reply.text).toContain("réservée");
    expect(await t.app.db.producer.findFirst({ where: { name: "Fausse ferme" } })).toBeNull();
    expect(await t.app.db.invitation.count({ where: { createdById: { not: null } } })).toBe(3);
  });
});
