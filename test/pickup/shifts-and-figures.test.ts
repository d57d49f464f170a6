import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { startTestApp, type TestApp } from "../support/test-app.ts";
import {
  coordinatorId,
  plain,
  seedClosedWeek,
  volunteerId,
  wednesdayMorning,
  zoeId,
  type Week,
} from "../packing/wednesday-fixtures.ts";

describe("volunteer shifts and the session's figures", () => {
  let t: TestApp;
  let week: Week;

  beforeEach(async () => {
    t = await startTestApp({ now: wednesdayMorning });
    week = await seedClosedWeek(t.app.db, t.app.deps.driveId);
  });

  afterEach(async () => {
    await t.stop();
  });

  async function recordLucsShift() {
    const coordinator = t.user(coordinatorId, "Claire");
    await coordinator.command("benevolat");
    await coordinator.send("luc");
    await coordinator.press("Luc Larzac (Ferme du Larzac)");
    await coordinator.press("Un autre jour");
    await coordinator.send("15/02");
    return coordinator.press("Préparation");
  }

  it("records who helped, which day and at what, once", async () => {
    const recorded = await recordLucsShift();

    expect(recorded.text).toContain(
      "Aide de Luc Larzac le lundi 15 février enregistrée (Préparation)",
    );
    const shift = await t.app.db.shift.findFirstOrThrow({ include: { member: true } });
    expect(shift.member.firstName).toBe("Luc Larzac");
    expect(shift.day.toISOString()).toBe("2027-02-15T12:00:00.000Z");
    expect(shift.task).toBe("packing");
    const twice = await recordLucsShift();
    expect(twice.callbackAnswer?.text).toBe("Cette aide est déjà enregistrée.");
    expect(await t.app.db.shift.count()).toBe(1);

    const coordinator = t.user(coordinatorId, "Claire");
    await coordinator.command("benevolat", "Victor");
    await coordinator.press("Victor Bénévole");
    const today = await coordinator.press("Retrait");
    expect(today.text).toContain("le mercredi 10 mars");

    const listed = await coordinator.command("shifts");
    expect(listed.text).toContain("mercredi 10 mars — Victor Bénévole : Retrait");
    expect(listed.text).toContain("lundi 15 février — Luc Larzac (Ferme du Larzac) : Préparation");
  });

  it("computes the figures of the session as the rows add up", async () => {
    await recordLucsShift();
    const volunteer = t.user(volunteerId, "Victor");
    await volunteer.command("retrait", "ZMR3");
    await volunteer.press("Adhésion");
    await volunteer.press("Autre montant");
    await volunteer.send("6");
    await volunteer.press("Espèces");
    await volunteer.press("Manquant / abîmé");
    await volunteer.press("Pommes reinettes");
    await volunteer.press("Manquant : 500 g");
    await volunteer.command("retrait", "PB7K");
    await volunteer.press("Carte");

    // An independent count from the stored rows.
    const orders = await t.app.db.order.findMany({
      where: { sessionId: week.sessionId },
      include: { lines: true },
    });
    const lines = orders.flatMap((order) => order.lines);
    const gross = orders.reduce((sum, order) => sum + order.totalCents, 0);
    const salesOf = (producerId: number) =>
      lines
        .filter((line) => line.producerId === producerId)
        .reduce((sum, l) => sum + l.totalCents, 0);
    const larzacNet = salesOf(week.producers.larzac) - 180;
    const larzacCommission = Math.round((larzacNet * 5) / 100);
    const miellerieCommission = Math.round((salesOf(week.producers.miellerie) * 15) / 100);
    const money = new Intl.NumberFormat("fr-FR", { style: "currency", currency: "EUR" });
    const euros = (cents: number) => plain(money.format(cents / 100));
    expect(gross).toBe(3750);

    const reply = await t.user(coordinatorId, "Claire").command("bilan");
    const text = plain(reply.text);

    expect(text).toContain(`Paniers : 3 · panier moyen ${euros(gross / 3)}`);
    expect(text).toContain(
      `Ferme du Larzac : ${euros(larzacNet)} · 5 % · ${euros(larzacCommission)}`,
    );
    expect(text).toContain(`Miellerie des Causses : 9,00 € · 15 % · ${euros(miellerieCommission)}`);
    expect(text).toContain(
      `Commission due au drive : ${euros(larzacCommission + miellerieCommission)}`,
    );
    expect(text).toContain("Adhésions encaissées : 1 pour 6,00 €");
    expect(text).toContain(
      "Manquants et abîmés : 1,80 € (4,8 % du montant), 1 ligne(s) sur 5 (20 %)",
    );
    expect(text).toContain(`Reste à encaisser : ${euros(1840 - 180 + 1260 - 200)}`);

    const csv = await t.user(coordinatorId, "Claire").press("Export CSV");
    expect(csv.documents[0]?.filename).toBe("bilan-2027-03-10.csv");
    const rows = csv.documents[0]!.bytes.toString("utf8").split("\r\n");
    expect(rows).toContain(`Ferme du Larzac;4;28,5;1,8;26,7;5;1,34;25,36`);
    expect(rows).toContain(`Miellerie des Causses;1;9;0;9;15;1,35;7,65`);

    const previous = await t.user(coordinatorId, "Claire").press("mercredi 3 mars");
    expect(plain(previous.text)).toContain("Paniers : 1 · panier moyen 6,50 €");
  });

  it("keeps shifts and figures to coordinators", async () => {
    const volunteer = await t.user(volunteerId, "Victor").command("bilan");
    const customer = await t.user(zoeId, "Zoé").command("benevolat");

    expect(volunteer.text).toContain("réservée");
    expect(customer.text).toContain("réservée");
    expect(await t.app.db.shift.count()).toBe(0);
  });
});
