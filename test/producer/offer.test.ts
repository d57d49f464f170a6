import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  openOfferDetail,
  openProduct,
  toggleOffered,
} from "../../src/bot/features/producer/actions.ts";
import { startTestApp, type TestApp } from "../support/test-app.ts";
import {
  addFarm,
  addOffer,
  addPickupPoint,
  addProduct,
  openSession,
  placeOrder,
  saturday,
} from "./fixtures.ts";

describe("a producer's catalogue and weekly offer", () => {
  let t: TestApp;
  let mine: { producerId: number; memberId: number };
  let theirs: { producerId: number; memberId: number };
  let sessionId: number;
  let theirProduct: number;

  beforeAll(async () => {
    t = await startTestApp({ now: saturday });
    await addPickupPoint(t);
    mine = await addFarm(t, { telegramId: 10, firstName: "Jeanne", farm: "Ferme du Causse" });
    theirs = await addFarm(t, { telegramId: 20, firstName: "Paul", farm: "Bergerie <Sorgues>" });
    theirProduct = await addProduct(t.app.db, theirs.producerId, {
      name: "Roquefort secret",
      priceCents: 900,
    });
    sessionId = await openSession(t);
  });

  afterAll(async () => {
    await t.stop();
  });

  const jeanne = () => t.user(10);

  it("adds a product in a short conversation, photo and all", async () => {
    await jeanne().command("produits");
    await jeanne().press("Ajouter un produit");
    await jeanne().send("Tomates cœur de bœuf");
    const unit = await jeanne().send("légumes d’été");
    expect(unit.text).toContain("Comment le vendez-vous");
    const price = await jeanne().press("500 g");
    expect(price.text).toContain("500 g");
    await jeanne().send("3,20 €");
    await jeanne().send("Cueillies le mardi");
    await jeanne().sendPhoto();
    const done = await jeanne().press("Par session");

    expect(done.text).toContain("est ajouté");
    const product = await t.app.db.product.findFirstOrThrow({
      where: { name: "Tomates cœur de bœuf" },
    });
    expect(product).toMatchObject({
      producerId: mine.producerId,
      category: "Légumes d’été",
      unit: "g",
      stepSize: 500,
      priceCents: 320,
      description: "Cueillies le mardi",
      permanent: false,
    });
    expect(product.photoFileId).toMatch(/-800$/);
  });

  it("edits a field and retires a product", async () => {
    const id = await addProduct(t.app.db, mine.producerId, { name: "Navets", priceCents: 200 });
    await jeanne().command("produits");
    await jeanne().press("Navets");
    await jeanne().press("Prix");
    const saved = await jeanne().send("2,50");
    expect(saved.text).toContain("2,50");

    await jeanne().press("Retirer du catalogue");
    const retired = await jeanne().press("Oui, retirer");
    expect(retired.text).toContain("est retiré");
    const row = await t.app.db.product.findUniqueOrThrow({ where: { id } });
    expect(row).toMatchObject({ priceCents: 250, active: false });
  });

  it("offers a product with a quantity and refuses to go below what is sold", async () => {
    const id = await addProduct(t.app.db, mine.producerId, {
      name: "Carottes",
      unit: "g",
      stepSize: 1000,
      priceCents: 260,
    });
    await jeanne().command("produits");
    await jeanne().press("Offre de la session");
    await jeanne().press("Carottes");
    await jeanne().press("Proposer");
    await jeanne().press("Quantité disponible");
    await jeanne().send("10 kg");
    const offer = await t.app.db.offer.findUniqueOrThrow({
      where: { sessionId_productId: { sessionId, productId: id } },
    });
    expect(offer).toMatchObject({
      active: true,
      remainingSteps: 10,
      soldSteps: 0,
      priceCents: 260,
    });

    await placeOrder(t, sessionId, {
      code: "K7Q2",
      crateName: "Zoé",
      lines: [{ offerId: offer.id, producerId: mine.producerId, steps: 6, unitPriceCents: 260 }],
    });
    await jeanne().press("Quantité disponible");
    const refused = await jeanne().send("4");
    expect(refused.text).toContain("6 kg sont déjà vendus");
    expect(refused.text).toContain("4 kg");
    expect(await t.app.db.offer.findUniqueOrThrow({ where: { id: offer.id } })).toMatchObject({
      remainingSteps: 4,
      soldSteps: 6,
    });

    const accepted = await jeanne().send("8");
    expect(accepted.text).toContain("8 kg");
    expect(await t.app.db.offer.findUniqueOrThrow({ where: { id: offer.id } })).toMatchObject({
      remainingSteps: 2,
      soldSteps: 6,
    });
  });

  it("sets a session price and an unlimited stock", async () => {
    const id = await addProduct(t.app.db, mine.producerId, { name: "Courge", priceCents: 300 });
    await jeanne().command("produits");
    await jeanne().press("Offre de la session");
    await jeanne().press("Courge");
    await jeanne().press("Sans limite");
    await jeanne().press("Prix de la session");
    await jeanne().send("2,80");

    const offer = await t.app.db.offer.findUniqueOrThrow({
      where: { sessionId_productId: { sessionId, productId: id } },
    });
    expect(offer).toMatchObject({ remainingSteps: null, priceCents: 280, active: true });
  });

  it("copies last session's offer in one tap", async () => {
    const db = t.app.db;
    const id = await addProduct(db, mine.producerId, { name: "Poireaux", priceCents: 350 });
    const earlier = await db.session.create({
      data: {
        driveId: t.app.deps.driveId,
        status: "done",
        opensAt: new Date("2026-11-27T17:00:00Z"),
        closesAt: new Date("2026-11-30T19:00:00Z"),
        pickupStartsAt: new Date("2026-12-02T15:00:00Z"),
        pickupEndsAt: new Date("2026-12-02T18:00:00Z"),
      },
    });
    await db.offer.create({
      data: {
        sessionId: earlier.id,
        productId: id,
        priceCents: 330,
        remainingSteps: 5,
        soldSteps: 7,
      },
    });
    await jeanne().command("produits");
    await jeanne().press("Offre de la session");
    const reply = await jeanne().press("Reprendre l’offre");

    expect(reply.callbackAnswer?.text).toContain("repris");
    const copied = await db.offer.findUniqueOrThrow({
      where: { sessionId_productId: { sessionId, productId: id } },
    });
    expect(copied).toMatchObject({
      priceCents: 330,
      remainingSteps: 12,
      soldSteps: 0,
      active: true,
    });
  });

  it("refuses a signed button about another farm's product and changes nothing", async () => {
    const key = { signer: t.app.deps.signer, userId: 10 };
    await jeanne().command("produits");

    const view = await jeanne().pressData(openProduct.pack(key, { product: theirProduct }));
    expect(view.callbackAnswer?.text).toContain("pas (ou plus) dans votre catalogue");
    expect(view.text).not.toContain("Roquefort");

    const toggle = toggleOffered.pack(key, { product: theirProduct, session: sessionId, on: 1 });
    const refused = await jeanne().pressData(toggle);
    expect(refused.callbackAnswer?.text).toContain("pas (ou plus)");
    const detail = openOfferDetail.pack(key, { product: theirProduct, session: sessionId });
    expect((await jeanne().pressData(detail)).text).not.toContain("Roquefort");
    expect(await t.app.db.offer.count({ where: { productId: theirProduct } })).toBe(0);
  });

  it("refuses a forged or someone else's button", async () => {
    await jeanne().command("produits");
    const forged = await jeanne().pressData("fmoft:1:1:1:AAAAAAAA");
    expect(forged.callbackAnswer?.text).toContain("n’est plus valable");

    const paulsKey = { signer: t.app.deps.signer, userId: 20 };
    const copied = toggleOffered.pack(paulsKey, {
      product: theirProduct,
      session: sessionId,
      on: 1,
    });
    const stolen = await jeanne().pressData(copied);
    expect(stolen.callbackAnswer?.text).toContain("n’est plus valable");
    expect(await t.app.db.offer.count({ where: { productId: theirProduct } })).toBe(0);
  });

  it("shows a producer only their own farm's products", async () => {
    const reply = await t.user(20).command("produits");

    expect(reply.text).toContain("Bergerie <Sorgues>");
    expect(reply.text).toContain("Roquefort secret");
    expect(reply.text).not.toContain("Carottes");
    const customer = await t.user(30, "Client").command("start");
    expect(customer.text).toBeTruthy();
    expect((await t.user(30).command("produits")).text).toContain("réservée");
  });
});
