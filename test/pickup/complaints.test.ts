import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { grantCredit } from "../../src/bot/features/coordinator/complaints-actions.ts";
import { startTestApp, type TestApp } from "../support/test-app.ts";
import {
  coordinatorId,
  larzacProducerId,
  miellerieProducerId,
  paulId,
  plain,
  seedClosedWeek,
  volunteerId,
  wednesdayMorning,
  type Week,
} from "../packing/wednesday-fixtures.ts";

describe("complaints after pickup", () => {
  let t: TestApp;
  let week: Week;

  beforeEach(async () => {
    t = await startTestApp({ now: wednesdayMorning });
    week = await seedClosedWeek(t.app.db, t.app.deps.driveId);
    await t.app.db.order.update({
      where: { id: week.orders.paul },
      data: { status: "collected", collectedAt: new Date(wednesdayMorning) },
    });
  });

  afterEach(async () => {
    await t.stop();
  });

  it("takes a report with a photo, tells coordinator and producer, grants a credit", async () => {
    const paul = t.user(paulId, "Paul");
    const choose = await paul.command("signaler");
    expect(choose.text).toContain("Sur quelle commande");
    // The collected order of the previous week is offered too, this week's first.
    expect(paul.buttons()[0]).toContain("PB7K");

    await paul.press("PB7K");
    const askPhoto = await paul.send("La tomme était moisie à l’intérieur.");
    expect(askPhoto.text).toContain("photo");
    const sent = await paul.sendPhoto();
    expect(sent.text).toContain("votre signalement est transmis");

    const complaint = await t.app.db.complaint.findFirstOrThrow();
    expect(complaint).toMatchObject({
      orderId: week.orders.paul,
      text: "La tomme était moisie à l’intérieur.",
      status: "open",
    });
    expect(complaint.photoFileId).toMatch(/^user-photo-/);

    await t.api.waitFor(
      (api) =>
        api.sentTo(coordinatorId).some((call) => call.method === "sendMessage") &&
        api.sentTo(larzacProducerId).length > 0,
    );
    expect(String(t.api.sentTo(larzacProducerId)[0]!.params.text)).toContain("tomme était moisie");
    // Honey was not in Paul's order: its producer is not bothered.
    expect(t.api.sentTo(miellerieProducerId)).toHaveLength(0);

    const coordinator = t.user(coordinatorId, "Claire");
    expect(coordinator.buttons()).toEqual(["Accorder un avoir", "Refuser"]);
    const ask = await coordinator.press("Accorder un avoir");
    expect(ask.text).toContain("Montant de l’avoir pour la commande PB7K");
    const granted = await coordinator.send("3,25");
    expect(plain(granted.text)).toContain("Avoir de 3,25 € accordé");

    const credit = await t.app.db.credit.findFirstOrThrow({ where: { complaintId: complaint.id } });
    expect(credit).toMatchObject({
      memberId: week.members.paul,
      amountCents: 325,
      usedOrderId: null,
    });
    expect((await t.app.db.complaint.findFirstOrThrow()).status).toBe("credited");
    await t.api.waitFor((api) =>
      api.sentTo(paulId).some((call) => String(call.params.text ?? "").includes("avoir de 3,25")),
    );

    const again = await coordinator.press("Refuser");
    expect(again.callbackAnswer?.text).toBe("Ce signalement a déjà été traité.");
    expect(await t.app.db.credit.count()).toBe(1);
  });

  it("refuses a report and tells the customer", async () => {
    const paul = t.user(paulId, "Paul");
    await paul.command("report");
    await paul.press("PB7K");
    await paul.send("Il manquait un fromage.");
    await paul.press("Envoyer sans photo");
    await t.api.waitFor((api) => api.sentTo(coordinatorId).length > 0);

    const refused = await t.user(coordinatorId, "Claire").press("Refuser");

    expect(refused.callbackAnswer?.text).toContain("refusé");
    expect((await t.app.db.complaint.findFirstOrThrow()).status).toBe("rejected");
    expect(await t.app.db.credit.count()).toBe(0);
    await t.api.waitFor((api) =>
      api
        .sentTo(paulId)
        .some((call) => String(call.params.text ?? "").includes("n’a pas donné lieu")),
    );
  });

  it("says there is nothing to report before any pickup", async () => {
    const reply = await t.user(8001, "Zoé").command("signaler");

    expect(reply.text).toContain("rien à signaler");
  });

  it("refuses a credit button to anyone but the coordinator it was made for", async () => {
    const paul = t.user(paulId, "Paul");
    await paul.command("signaler");
    await paul.press("PB7K");
    await paul.send("Il manquait un fromage.");
    await paul.press("Envoyer sans photo");
    const complaint = await t.app.db.complaint.findFirstOrThrow();
    const forged = grantCredit.pack(
      { signer: t.app.deps.signer, userId: coordinatorId },
      { complaint: complaint.id },
    );

    await t.app.db.member.create({
      data: {
        driveId: t.app.deps.driveId,
        telegramId: 9003n,
        firstName: "Hugo",
        isCoordinator: true,
      },
    });
    const other = t.user(9003, "Hugo");
    await other.command("aide");
    const volunteer = t.user(volunteerId, "Victor");
    await volunteer.command("aide");

    const byOtherCoordinator = await other.pressData(forged);
    const byVolunteer = await volunteer.pressData(forged);
    const byCustomer = await paul.pressData(forged);

    expect(byOtherCoordinator.callbackAnswer?.text).toContain("n’est plus valable");
    expect(byVolunteer.callbackAnswer?.text).toContain("réservée");
    expect(byCustomer.callbackAnswer?.text).toContain("réservée");
    expect((await t.app.db.complaint.findFirstOrThrow()).status).toBe("open");
  });
});
