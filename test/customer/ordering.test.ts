import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { seedDemo } from "../../src/cli/seed-demo.ts";
import { startTestApp, type TestApp } from "../support/test-app.ts";
import { addCustomer, closeNow, plain, saturday } from "./fixtures.ts";

describe("a customer ordering in conversation", () => {
  let t: TestApp;

  beforeEach(async () => {
    t = await startTestApp({ now: saturday });
    await seedDemo(t.app.db, t.app.deps.driveId, t.clock.now());
  });

  afterEach(async () => {
    await t.stop();
  });

  const carrots = () =>
    t.app.db.offer.findFirstOrThrow({ where: { product: { name: "Carottes des sables" } } });

  it("takes a newcomer from /start to a confirmed order", async () => {
    const user = t.user(3001, "Camille");

    let reply = await user.command("start");
    expect(plain(reply.text)).toContain("Bonjour Camille");
    expect(plain(reply.text)).toContain("Nom sur votre cagette : Camille");
    await user.press("Changer le nom");
    reply = await user.send("Camille Bousquet");
    expect(plain(reply.text)).toContain("Nom sur votre cagette : Camille Bousquet");

    reply = await user.press("J’accepte");
    expect(plain(reply.text)).toContain("Commandes jusqu’au lundi 7 décembre à 20 h");
    expect(plain(reply.text)).toContain("Retrait mercredi 9 décembre, 16 h – 19 h");
    expect(plain(reply.text)).toContain("Local de la mairie");
    const member = await t.app.db.member.findFirstOrThrow({ where: { telegramId: 3001n } });
    expect(member.consentAt).not.toBeNull();
    expect(member.crateName).toBe("Camille Bousquet");

    await user.press("Par producteur");
    await user.press("Ferme du Causse Rouge");
    reply = await user.press("Carottes des sables");
    expect(plain(reply.text)).toContain("2,60 €");
    expect(plain(reply.text)).toContain("/ 1 kg");
    expect(plain(reply.text)).toContain("Il en reste 60 kg");
    reply = await user.press("➕");
    expect(plain(reply.text)).toContain("Dans votre panier : 1 kg");
    reply = await user.send("3");
    expect(plain(reply.text)).toContain("3 kg de Carottes des sables dans votre panier");

    reply = await user.press("Panier ·");
    expect(plain(reply.text)).toContain("Ferme du Causse Rouge");
    expect(plain(reply.text)).toContain("Carottes des sables — 3 kg — 7,80 €");
    reply = await user.press("Commander");
    expect(plain(reply.text)).toContain("Quand passez-vous chercher votre cagette");
    reply = await user.press("17 h – 18 h");
    expect(plain(reply.text)).toContain("Récapitulatif");
    expect(plain(reply.text)).toContain("adhésion au drive (au moins 5,00 €)");

    reply = await user.press("Je confirme");
    expect(plain(reply.text)).toContain("Commande confirmée");
    expect(plain(reply.text)).toMatch(/Code de votre cagette : [2-9A-Z]{4}/);
    expect(plain(reply.text)).toContain("Total : 7,80 €");
    expect(plain(reply.text)).toContain("mercredi 9 décembre, 17 h – 18 h");
    expect(plain(reply.text)).toContain("Place de la Mairie");

    const order = await t.app.db.order.findFirstOrThrow({
      where: { memberId: member.id },
      include: { lines: true },
    });
    expect(order.totalCents).toBe(780);
    expect(order.lines).toHaveLength(1);
    expect((await carrots()).remainingSteps).toBe(57);
    expect(await t.app.db.cartLine.count({ where: { memberId: member.id } })).toBe(0);
    // Browsing edited one message instead of sending one per tap.
    expect(
      t.api.sentTo(3001).filter((call) => call.method === "sendMessage").length,
    ).toBeLessThanOrEqual(4);
  });

  it("changes an order moving only the difference, then cancels it, returning stock", async () => {
    await addCustomer(t.app.db, t.app.deps.driveId, 3002);
    const user = t.user(3002);
    await user.command("catalogue");
    await user.press("Par catégorie");
    await user.press("Légumes");
    await user.press("Carottes des sables");
    await user.send("2");
    await user.press("Panier ·");
    await user.press("Commander");
    await user.press("16 h – 17 h");
    await user.press("Je confirme");
    expect((await carrots()).remainingSteps).toBe(58);

    let reply = await user.command("commandes");
    expect(plain(reply.text)).toContain("confirmée — 5,20 €");
    await user.press("mercredi 9 décembre");
    reply = await user.press("Modifier");
    expect(plain(reply.text)).toContain("Modification de la commande");
    await user.press("Carottes des sables (2 kg)");
    reply = await user.press("➕");
    expect(plain(reply.text)).toContain("Dans votre panier : 3 kg");
    await user.press("Panier ·");
    await user.press("Commander");
    await user.press("16 h – 17 h");
    reply = await user.press("Je confirme");
    expect(plain(reply.text)).toContain("Commande modifiée");
    expect((await carrots()).remainingSteps).toBe(57);
    expect(await t.app.db.order.count()).toBe(1);

    await user.command("commandes");
    await user.press("mercredi 9 décembre");
    await user.press("Annuler la commande");
    reply = await user.press("Oui, annuler");
    expect(plain(reply.text)).toContain("est annulée");
    expect((await carrots()).remainingSteps).toBe(60);
    const order = await t.app.db.order.findFirstOrThrow();
    expect(order.status).toBe("cancelled");
  });

  it("refuses to change or cancel after the close and gives the pickup details", async () => {
    await addCustomer(t.app.db, t.app.deps.driveId, 3003);
    const user = t.user(3003);
    await user.command("catalogue");
    await user.press("Par producteur");
    await user.press("Ferme du Causse Rouge");
    await user.press("Carottes des sables");
    await user.press("➕");
    await user.press("Panier ·");
    await user.press("Commander");
    await user.press("18 h – 19 h");
    await user.press("Je confirme");
    await user.command("commandes");
    await user.press("mercredi 9 décembre");
    await closeNow(t);

    const reply = await user.press("Annuler la commande");
    expect(reply.callbackAnswer?.text).toContain("Trop tard");
    expect(plain(reply.text)).toContain("Retrait mercredi 9 décembre, 18 h – 19 h");
    expect((await t.app.db.order.findFirstOrThrow()).status).toBe("confirmed");
    expect((await carrots()).remainingSteps).toBe(59);
  });

  it("takes permanent products while no session is open, for the next pickup", async () => {
    await addCustomer(t.app.db, t.app.deps.driveId, 3004);
    await closeNow(t);
    const user = t.user(3004);
    let reply = await user.command("catalogue");
    expect(plain(reply.text)).toContain("Pas de vente ouverte");
    expect(plain(reply.text)).toContain("mercredi 16 décembre");
    reply = await user.press("Par producteur");
    expect(plain(reply.text)).not.toContain("Ferme du Causse Rouge");
    await user.press("Rucher des Raspes");
    reply = await user.press("Miel toutes fleurs");
    expect(plain(reply.text)).toContain("Vente permanente");
    await user.press("➕");
    await user.press("Panier ·");
    await user.press("Commander");
    await user.press("16 h – 17 h");
    reply = await user.press("Je confirme");
    expect(plain(reply.text)).toContain("Commande confirmée");
    expect(plain(reply.text)).toContain("mercredi 16 décembre, 16 h – 17 h");
    const order = await t.app.db.order.findFirstOrThrow({ include: { session: true } });
    expect(order.session.status).toBe("scheduled");
  });

  it("shows a restaurant its own price and minimum, and deducts a credit", async () => {
    const member = await addCustomer(t.app.db, t.app.deps.driveId, 3005, "restaurant");
    await t.app.db.credit.create({
      data: { memberId: member.id, amountCents: 1000, reason: "Pérail abîmé" },
    });
    const user = t.user(3005);
    await user.command("catalogue");
    await user.press("Par producteur");
    await user.press("Bergerie de la Sorgues");
    let reply = await user.press("Pérail");
    expect(plain(reply.text)).toContain("3,60 €");
    expect(plain(reply.text)).toContain("Votre prix restaurant (au lieu de 4,20 €)");
    expect(plain(reply.text)).toContain("Minimum : 10");
    reply = await user.press("➕");
    expect(plain(reply.text)).toContain("Dans votre panier : 10 (36,00 €)");
    await user.press("Panier ·");
    await user.press("Commander");
    reply = await user.press("16 h – 17 h");
    expect(plain(reply.text)).toContain("Avoir déduit : −10,00 € → à payer 26,00 €");
    reply = await user.press("Je confirme");
    expect(plain(reply.text)).toContain("reste à payer 26,00 €");
    const order = await t.app.db.order.findFirstOrThrow();
    expect(order.totalCents).toBe(3600);
    expect(order.creditUsedCents).toBe(1000);
    const credit = await t.app.db.credit.findFirstOrThrow();
    expect(credit.usedOrderId).toBe(order.id);
    expect(credit.usedAt).not.toBeNull();
  });
});
