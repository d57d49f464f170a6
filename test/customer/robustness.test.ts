import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { openCard, openOrder, setQuantity } from "../../src/bot/features/customer/actions.ts";
import { startTestApp, type TestApp } from "../support/test-app.ts";
import { addCustomer, closeNow, openSmallSession, plain, saturday } from "./fixtures.ts";

describe("ordering when things go wrong", () => {
  let t: TestApp;

  beforeEach(async () => {
    t = await startTestApp({ now: saturday });
  });

  afterEach(async () => {
    await t.stop();
  });

  const driveId = () => t.app.deps.driveId;
  const cartSteps = async () => (await t.app.db.cartLine.findMany()).map((line) => line.steps);

  it("sells exactly the last 5 units to 20 customers confirming at once", async () => {
    const { offers } = await openSmallSession(t.app.db, driveId(), [
      { name: "Croustade", priceCents: 1200, stock: 5 },
    ]);
    const users = [];
    for (let index = 0; index < 20; index += 1) {
      const member = await addCustomer(t.app.db, driveId(), 4100 + index);
      await t.app.db.cartLine.create({
        data: {
          memberId: member.id,
          sessionId: offers[0]!.sessionId,
          offerId: offers[0]!.id,
          steps: 1,
        },
      });
      users.push(t.user(4100 + index));
    }
    await Promise.all(
      users.map(async (user) => {
        await user.command("panier");
        await user.press("Commander");
      }),
    );

    const replies = await Promise.all(users.map((user) => user.press("Je confirme")));

    const won = replies.filter((reply) => reply.text.includes("Commande confirmée"));
    const lost = replies.filter((reply) => reply.text.includes("Il n’en reste plus assez"));
    expect(won).toHaveLength(5);
    expect(lost).toHaveLength(15);
    expect(replies.every((reply) => reply.callbackAnswered)).toBe(true);
    const offer = await t.app.db.offer.findUniqueOrThrow({ where: { id: offers[0]!.id } });
    expect(offer.remainingSteps).toBe(0);
    expect(offer.soldSteps).toBe(5);
    expect(await t.app.db.order.count({ where: { status: "confirmed" } })).toBe(5);
    expect(new Set((await t.app.db.order.findMany()).map((order) => order.code)).size).toBe(5);
  });

  it("tells the loser what is left and adjusts the basket only when asked", async () => {
    const { offers } = await openSmallSession(t.app.db, driveId(), [
      { name: "Croustade", priceCents: 1200, stock: 3 },
      { name: "Pain", priceCents: 400, stock: null },
    ]);
    await addCustomer(t.app.db, driveId(), 4201);
    const user = t.user(4201);
    await user.command("catalogue");
    await user.press("Par producteur");
    await user.press("Ferme Test");
    await user.press("Croustade");
    await user.send("3");
    await user.press("Retour");
    await user.press("Pain");
    await user.press("➕");
    await user.press("Panier ·");
    await user.press("Commander");
    await t.app.db.offer.update({ where: { id: offers[0]!.id }, data: { remainingSteps: 1 } });

    let reply = await user.press("Je confirme");
    expect(plain(reply.text)).toContain("Croustade : 1 restant (vous en vouliez 3)");
    expect(await t.app.db.order.count()).toBe(0);
    expect(
      (await t.app.db.offer.findUniqueOrThrow({ where: { id: offers[1]!.id } })).soldSteps,
    ).toBe(0);
    expect((await cartSteps()).sort()).toEqual([1, 3]);

    reply = await user.press("Ajuster à ce qui reste");
    expect(plain(reply.text)).toContain("Croustade — 1 — 12,00 €");
    reply = await user.press("Je confirme");
    expect(plain(reply.text)).toContain("Total : 16,00 €");
    expect(
      (await t.app.db.offer.findUniqueOrThrow({ where: { id: offers[0]!.id } })).remainingSteps,
    ).toBe(0);
  });

  it("takes the whole order or clearly refuses it when the close comes mid-confirm", async () => {
    const { offers } = await openSmallSession(t.app.db, driveId(), [
      { name: "Croustade", priceCents: 1200, stock: 10 },
    ]);
    await addCustomer(t.app.db, driveId(), 4301);
    await addCustomer(t.app.db, driveId(), 4302);
    for (const id of [4301, 4302]) {
      const user = t.user(id);
      await user.command("catalogue");
      await user.press("Par producteur");
      await user.press("Ferme Test");
      await user.press("Croustade");
      await user.send("2");
      await user.press("Panier ·");
      await user.press("Commander");
    }

    // The close comes between the recap and the tap: both are refused, nothing is taken.
    await closeNow(t);
    const late = await t.user(4301).press("Je confirme");
    expect(plain(late.text)).toContain("Trop tard : la vente vient de fermer");
    expect(plain(late.text)).toContain("n’a pas été commandé");

    const racer = await t.user(4302).press("Je confirme");
    const orders = await t.app.db.order.findMany({ include: { lines: true } });
    const offer = await t.app.db.offer.findUniqueOrThrow({ where: { id: offers[0]!.id } });
    expect(orders).toHaveLength(0);
    expect(offer.remainingSteps).toBe(10);
    expect(plain(racer.text)).toContain("Trop tard");
  });

  it("keeps a confirm that wins the race against the close, with its crate number", async () => {
    const { offers } = await openSmallSession(t.app.db, driveId(), [
      { name: "Croustade", priceCents: 1200, stock: 10 },
    ]);
    await addCustomer(t.app.db, driveId(), 4401);
    const user = t.user(4401);
    await user.command("catalogue");
    await user.press("Par producteur");
    await user.press("Ferme Test");
    await user.press("Croustade");
    await user.send("2");
    await user.press("Panier ·");
    await user.press("Commander");

    const [reply] = await Promise.all([user.press("Je confirme"), closeNow(t)]);

    const order = await t.app.db.order.findFirst({ include: { lines: true } });
    const offer = await t.app.db.offer.findUniqueOrThrow({ where: { id: offers[0]!.id } });
    if (order) {
      expect(plain(reply.text)).toContain("Commande confirmée");
      expect(order.lines[0]!.steps).toBe(2);
      expect(offer.remainingSteps).toBe(8);
      expect(order.crateNumber).not.toBeNull();
    } else {
      expect(plain(reply.text)).toContain("Trop tard");
      expect(offer.remainingSteps).toBe(10);
    }
  });

  it("answers every bad quantity clearly and changes nothing", async () => {
    await openSmallSession(t.app.db, driveId(), [
      { name: "Tomme", unit: "g", stepSize: 500, priceCents: 900, stock: 20 },
      { name: "Fouace", priceCents: 900, stock: 4 },
    ]);
    await addCustomer(t.app.db, driveId(), 4501);
    const user = t.user(4501);
    await user.command("catalogue");
    await user.press("Par producteur");
    await user.press("Ferme Test");
    await user.press("Tomme");
    const answers: Record<string, string> = {
      abc: "Je n’ai pas compris cette quantité",
      "0": "Zéro, ce n’est pas une quantité",
      "-2": "ne peut pas être négative",
      "750 g": "se vend par 500 g",
      "100000": "beaucoup trop",
      "2 L": "ne se compte pas dans cette unité",
      "30": "Il n’en reste que 10 kg",
      "1,2,3": "Je n’ai pas compris",
    };
    for (const [typed, expected] of Object.entries(answers)) {
      const reply = await user.send(typed);
      expect(plain(reply.text), typed).toContain(expected);
      expect(plain(reply.text)).toContain("Votre panier n’a pas changé");
    }
    expect(await cartSteps()).toEqual([]);

    const ok = await user.send("1,5 kg");
    expect(plain(ok.text)).toContain("1,5 kg de Tomme");
    expect(await cartSteps()).toEqual([3]);

    await user.press("Retour");
    await user.press("Fouace");
    expect(plain((await user.send("1,5")).text)).toContain("à la pièce");
    expect(plain((await user.send("5")).text)).toContain("Il n’en reste que 4");
    expect(await cartSteps()).toEqual([3]);
  });

  it("refuses a stale button from a closed session and an old recap", async () => {
    await openSmallSession(t.app.db, driveId(), [{ name: "Fouace", priceCents: 900, stock: 4 }]);
    await addCustomer(t.app.db, driveId(), 4601);
    const user = t.user(4601);
    await user.command("catalogue");
    await user.press("Par producteur");
    await user.press("Ferme Test");
    await user.press("Fouace");
    await user.press("➕");
    await user.press("Panier ·");
    await user.press("Commander");
    const recap = user.lastMessage()!;
    await user.command("catalogue");
    await user.press("Par producteur");
    await user.press("Ferme Test");
    await user.press("Fouace");
    await user.press("➕");

    const old = await user.press("Je confirme", { messageId: recap.messageId });
    expect(plain(old.text)).toContain("Votre panier a changé depuis ce récapitulatif");
    expect(plain(old.text)).toContain("Fouace — 2");
    expect(await t.app.db.order.count()).toBe(0);

    await closeNow(t);
    const stale = await user.press("➕");
    expect(stale.callbackAnswer?.text).toContain("vente est close");
    expect(await cartSteps()).toEqual([2]);
  });

  it("refuses forged buttons, others' buttons and others' orders", async () => {
    const { offers } = await openSmallSession(t.app.db, driveId(), [
      { name: "Fouace", priceCents: 900, stock: 4 },
    ]);
    const other = await addCustomer(t.app.db, driveId(), 4701);
    await addCustomer(t.app.db, driveId(), 4702);
    const user = t.user(4702);
    await user.command("catalogue");
    const offerId = offers[0]!.id;

    const invented = await user.pressData(`cuqty:${offerId.toString(36)}:3:0:1:0:AAAAAAAA`);
    expect(invented.callbackAnswer?.text).toContain("n’est plus valable");
    const theirs = setQuantity.pack(
      { signer: t.app.deps.signer, userId: 4701 },
      { offer: offerId, steps: 3, by: 0, ref: 1, page: 0 },
    );
    const copied = await user.pressData(theirs);
    expect(copied.callbackAnswer?.text).toContain("n’est plus valable");
    expect(await cartSteps()).toEqual([]);

    const order = await t.app.db.order.create({
      data: { sessionId: offers[0]!.sessionId, memberId: other.id, code: "ABCD", totalCents: 900 },
    });
    const peek = openOrder.pack({ signer: t.app.deps.signer, userId: 4702 }, { order: order.id });
    const reply = await user.pressData(peek);
    expect(reply.callbackAnswer?.text).toContain("n’est pas la vôtre");
    expect(reply.text).not.toContain("ABCD");
    const card = openCard.pack(
      { signer: t.app.deps.signer, userId: 4702 },
      { offer: 99999, by: 0, ref: 0, page: 0 },
    );
    expect((await user.pressData(card)).callbackAnswer?.text).toContain("vente est close");
  });

  it("keeps the basket and the open card through a restart", async () => {
    await openSmallSession(t.app.db, driveId(), [
      { name: "Fouace", priceCents: 900, stock: 10 },
      { name: "Pain", priceCents: 400, stock: null },
    ]);
    await addCustomer(t.app.db, driveId(), 4801);
    const user = t.user(4801);
    await user.command("catalogue");
    await user.press("Par producteur");
    await user.press("Ferme Test");
    await user.press("Pain");
    await user.send("2");
    await user.press("Retour");
    await user.press("Fouace");

    await t.stopBot();
    const again = await startTestApp({ api: t.api, database: t.database, now: saturday });
    try {
      const back = again.user(4801);
      const typed = await back.send("3");
      expect(plain(typed.text)).toContain("3 de Fouace dans votre panier");
      const cart = await back.command("panier");
      expect(plain(cart.text)).toContain("Pain — 2 — 8,00 €");
      expect(plain(cart.text)).toContain("Fouace — 3 — 27,00 €");
      await back.press("Commander");
      const done = await back.press("Je confirme");
      expect(plain(done.text)).toContain("Total : 35,00 €");
    } finally {
      await again.stopBot();
    }
  });
});
