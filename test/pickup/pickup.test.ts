import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { adjustQuantity, collectOrder } from "../../src/bot/features/coordinator/pickup-actions.ts";
import { startTestApp, type TestApp } from "../support/test-app.ts";
import {
  coordinatorId,
  elodieId,
  larzacProducerId,
  plain,
  seedClosedWeek,
  volunteerId,
  wednesdayMorning,
  zoeId,
  type Week,
} from "../packing/wednesday-fixtures.ts";

describe("the pickup counter", () => {
  let t: TestApp;
  let week: Week;

  beforeEach(async () => {
    t = await startTestApp({ now: wednesdayMorning });
    week = await seedClosedWeek(t.app.db, t.app.deps.driveId);
  });

  afterEach(async () => {
    await t.stop();
  });

  it("finds an order by code, by crate number and by name without accents", async () => {
    const volunteer = t.user(volunteerId, "Victor");

    const byCode = await volunteer.command("retrait", "#zmr 3");
    expect(byCode.text).toContain("Cagette n° 3");
    expect(byCode.text).toContain("Zoé Martin");

    const byNumber = await volunteer.send("1");
    expect(byNumber.text).toContain("Élodie Durand");
    expect(byNumber.text).toContain("Commande EK4D");

    const byName = await volunteer.send("elodie");
    expect(byName.text).toContain("Cagette n° 1");

    const nothing = await volunteer.send("Gaston");
    expect(nothing.text).toContain("Aucune commande ne correspond");
  });

  it("offers a choice when several names match", async () => {
    const volunteer = t.user(volunteerId, "Victor");
    await volunteer.command("retrait");

    const reply = await volunteer.send("ar"); // mARtin, bernARd
    expect(reply.text).toContain("2 commandes correspondent");
    const shown = await volunteer.press("n° 2 · Paul Bernard");
    expect(shown.text).toContain("Commande PB7K");
  });

  it("marks a crate collected once and records the payment of what is due", async () => {
    const volunteer = t.user(volunteerId, "Victor");
    const view = await volunteer.command("retrait", "PB7K");
    expect(plain(view.text)).toContain("Reste à payer : 6,50 €");
    expect(view.text).not.toContain("adhésion");

    const collected = await volunteer.press("Marquer retirée");
    expect(collected.callbackAnswer?.text).toBe("Cagette marquée retirée.");
    expect(collected.text).toContain("Retirée");

    const paid = await volunteer.press("Chèque");
    expect(plain(paid.text)).toContain("6,50 € encaissé (Chèque)");
    expect(paid.text).toContain("Rien à payer");

    const order = await t.app.db.order.findUniqueOrThrow({ where: { id: week.orders.paul } });
    expect(order.status).toBe("collected");
    expect(order.paidCents).toBe(650);
    const payments = await t.app.db.payment.findMany({ where: { orderId: order.id } });
    expect(payments).toMatchObject([{ kind: "order", method: "cheque", amountCents: 650 }]);
  });

  it("ignores a second press on a payment button that is no longer current", async () => {
    const volunteer = t.user(volunteerId, "Victor");
    const view = await volunteer.command("retrait", "PB7K");
    expect(view.texts).toHaveLength(1);
    const message = volunteer.lastMessage()!;
    const buttons = message.replyMarkup!.inline_keyboard!.flat();
    const cash = buttons.find((button) => button.text === "Espèces")!.callback_data!;

    await volunteer.pressData(cash, message.messageId);
    const again = await volunteer.pressData(cash, message.messageId);

    expect(again.callbackAnswer?.text).toContain("a changé");
    const order = await t.app.db.order.findUniqueOrThrow({ where: { id: week.orders.paul } });
    expect(order.paidCents).toBe(650);
  });

  it("takes a typed amount for a partial payment", async () => {
    const volunteer = t.user(volunteerId, "Victor");
    await volunteer.command("retrait", "ZMR3");
    await volunteer.press("Autre montant");
    const choose = await volunteer.send("10");
    expect(plain(choose.text)).toContain("Encaisser 10,00 €");

    const paid = await volunteer.press("Carte");

    expect(plain(paid.text)).toContain("Reste à payer : 8,40 €");
  });

  it("records the membership fee at a first pickup and refuses less than 5 €", async () => {
    const volunteer = t.user(volunteerId, "Victor");
    const view = await volunteer.command("retrait", "ZMR3");
    expect(plain(view.text)).toContain("adhésion à régler, 5,00 € minimum");

    await volunteer.press("Adhésion");
    await volunteer.press("Autre montant");
    const refused = await volunteer.send("3");
    expect(plain(refused.text)).toContain(
      "L’adhésion est d’au moins 5,00 € : ce montant est refusé",
    );
    const zoeBefore = await t.app.db.member.findUniqueOrThrow({ where: { id: week.members.zoe } });
    expect(zoeBefore.membershipPaidAt).toBeNull();

    await volunteer.send("8");
    const paid = await volunteer.press("Espèces");

    expect(plain(paid.text)).toContain("Adhésion de 8,00 € enregistrée");
    expect(paid.text).not.toContain("adhésion à régler");
    const zoe = await t.app.db.member.findUniqueOrThrow({ where: { id: week.members.zoe } });
    expect(zoe.membershipFeeCents).toBe(800);
    expect(zoe.membershipPaidAt).not.toBeNull();
    const fee = await t.app.db.payment.findFirstOrThrow({ where: { kind: "membership" } });
    expect(fee).toMatchObject({ memberId: zoe.id, method: "cash", amountCents: 800 });
  });

  it("lists the crates not collected and the amounts not paid at the end", async () => {
    const volunteer = t.user(volunteerId, "Victor");
    await volunteer.command("retrait", "PB7K");
    await volunteer.press("Marquer retirée");
    await volunteer.press("Espèces");

    const report = await volunteer.command("retrait", "fin");

    const text = plain(report.text);
    expect(text).toContain("Cagettes non retirées (2)");
    expect(text).toContain("n° 1 — Élodie Durand (EK4D)");
    expect(text).toContain("n° 3 — Zoé Martin (ZMR3)");
    expect(text).not.toContain("PB7K");
    expect(text).toContain("Montants non payés (2) : 29,00 €");
  });

  it("deducts a damaged item after payment, credits it, tells customer and producer", async () => {
    const volunteer = t.user(volunteerId, "Victor");
    await volunteer.command("retrait", "ZMR3");
    await volunteer.press("Virement");
    await volunteer.press("Manquant / abîmé");
    await volunteer.press("Pommes reinettes");

    const reply = await volunteer.press("Abîmé : 1 kg");

    expect(plain(reply.text)).toContain("un avoir de 3,60 € est créé");
    const order = await t.app.db.order.findUniqueOrThrow({ where: { id: week.orders.zoe } });
    expect(order.adjustmentCents).toBe(-360);
    const line = await t.app.db.orderLine.findUniqueOrThrow({
      where: { id: week.lines.zoePommes },
    });
    expect(line.damagedSteps).toBe(2);
    const credit = await t.app.db.credit.findFirstOrThrow({
      where: { memberId: week.members.zoe },
    });
    expect(credit).toMatchObject({ amountCents: 360, reason: "damaged" });

    await t.api.waitFor(
      (api) => api.sentTo(zoeId).length > 0 && api.sentTo(larzacProducerId).length > 0,
    );
    const customerText = plain(String(t.api.sentTo(zoeId)[0]!.params.text));
    expect(customerText).toContain("le nouveau total est de 14,80 €");
    expect(customerText).toContain("un avoir de 3,60 €");
    // Luc reads English.
    expect(String(t.api.sentTo(larzacProducerId)[0]!.params.text)).toContain(
      "damaged (crate no. 3)",
    );
  });

  it("refuses a quantity beyond what was ordered", async () => {
    const volunteer = t.user(volunteerId, "Victor");
    await volunteer.command("retrait", "PB7K");
    const forged = adjustQuantity.pack(
      { signer: t.app.deps.signer, userId: volunteerId },
      { line: week.lines.paulTomme, kind: 0, steps: 2, origin: 1 },
    );

    const reply = await volunteer.pressData(forged);

    expect(reply.callbackAnswer?.text).toContain("plus que ce qui a été commandé");
    const line = await t.app.db.orderLine.findUniqueOrThrow({
      where: { id: week.lines.paulTomme },
    });
    expect(line.missingSteps).toBe(0);
    expect(await t.app.db.adjustment.count()).toBe(0);
  });

  it("refuses the counter to a customer and a button signed for someone else", async () => {
    const customer = await t.user(elodieId, "Élodie").command("retrait", "EK4D");
    expect(customer.text).toContain("réservée");

    const volunteer = t.user(volunteerId, "Victor");
    await volunteer.command("retrait", "PB7K");
    const forCoordinator = collectOrder.pack(
      { signer: t.app.deps.signer, userId: coordinatorId },
      { order: week.orders.paul },
    );
    const forged = await volunteer.pressData(forCoordinator);
    expect(forged.callbackAnswer?.text).toContain("n’est plus valable");

    const byCustomer = await t
      .user(elodieId, "Élodie")
      .pressData(
        collectOrder.pack(
          { signer: t.app.deps.signer, userId: elodieId },
          { order: week.orders.elodie },
        ),
      );
    expect(byCustomer.callbackAnswer?.text).toContain("réservée");
    const order = await t.app.db.order.findUniqueOrThrow({ where: { id: week.orders.paul } });
    expect(order.status).toBe("confirmed");
  });
});
