import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { tick } from "../../src/jobs/tick.ts";
import { startTestApp, type TestApp } from "../support/test-app.ts";
import { addCustomer, makeCoordinator, textsSentTo, waitForOutbox } from "./helpers.ts";

describe("the coordinator's schedule commands", () => {
  let t: TestApp;
  const [COORD, CUSTOMER] = [5401, 5402];

  beforeAll(async () => {
    // Wednesday 1 December 2027, 10:00 in Paris.
    t = await startTestApp({ now: "2027-12-01T09:00:00Z" });
    await makeCoordinator(t, COORD);
    await addCustomer(t, CUSTOMER, "Emma");
    await tick(t.app.deps, t.clock.now());
  });

  afterAll(async () => {
    await t.stop();
  });

  it("refuses every coordinator command to a customer, with a clear answer", async () => {
    const customer = t.user(CUSTOMER);
    for (const command of ["horaires", "schedule", "ouvrir", "fermer", "lettre", "diffuser"]) {
      const reply = await customer.command(command);
      expect(reply.text).toContain("réservée");
    }
    expect(await t.app.db.session.count({ where: { status: "open" } })).toBe(0);
  });

  it("shows coordinator commands only in coordinators' menus", async () => {
    const customerMenu = t.app.deps.menu
      .entriesFor(["customer"], "fr")
      .map((entry) => entry.command);
    const coordinatorMenu = t.app.deps.menu
      .entriesFor(["customer", "coordinator"], "fr")
      .map((entry) => entry.command);
    expect(customerMenu).not.toContain("horaires");
    expect(customerMenu).not.toContain("diffuser");
    expect(customerMenu).toContain("desabonner");
    expect(coordinatorMenu).toEqual(
      expect.arrayContaining(["horaires", "ouvrir", "fermer", "lettre", "diffuser"]),
    );
  });

  it("refuses an opening time between 02:00 and 03:00 and explains why", async () => {
    const coordinator = t.user(COORD);
    const view = await coordinator.command("horaires");
    expect(view.text).toContain("Ouverture : vendredi 18:00");
    await coordinator.press("Ouverture");
    await coordinator.press("samedi");
    const refused = await coordinator.send("02:30");

    expect(refused.text).toContain("entre 02:00 et 03:00");
    expect(refused.text).toContain("changement d’heure");
    const drive = await t.app.db.drive.findFirstOrThrow();
    expect([drive.openWeekday, drive.openTime]).toEqual([5, "18:00"]);
  });

  it("saves a new opening time and moves the coming session to it", async () => {
    const saved = await t.user(COORD).send("9h30");

    expect(saved.text).toContain("C’est enregistré");
    expect(saved.text).toContain("Ouverture : samedi 09:30");
    const session = await t.app.db.session.findFirstOrThrow({ where: { status: "scheduled" } });
    // Saturday 4 December 2027, 09:30 in Paris.
    expect(session.opensAt.toISOString()).toBe("2027-12-04T08:30:00.000Z");
    expect(session.closesAt.toISOString()).toBe("2027-12-06T19:00:00.000Z");
  });

  it("changes the pickup hours typed as a range", async () => {
    const coordinator = t.user(COORD);
    await coordinator.command("horaires");
    await coordinator.press("Retrait");
    await coordinator.press("jeudi");
    const wrong = await coordinator.send("19:00-16:00");
    expect(wrong.text).toContain("après son début");
    const saved = await coordinator.send("17:00-19:30");
    expect(saved.text).toContain("Retrait : jeudi 17:00 – 19:30");
  });

  it("opens by hand only after the confirmation, and sends the newsletter", async () => {
    const coordinator = t.user(COORD);
    const asked = await coordinator.command("ouvrir");
    expect(asked.text).toContain("Ouvrir maintenant");
    const kept = await coordinator.press("Non");
    expect(kept.text).toContain("rien n’est changé");
    expect(await t.app.db.session.count({ where: { status: "open" } })).toBe(0);

    await coordinator.command("open");
    const opened = await coordinator.press("Oui, ouvrir");
    expect(opened.text).toContain("La session est ouverte");
    expect(await t.app.db.session.count({ where: { status: "open" } })).toBe(1);
    await waitForOutbox(t);
    expect(textsSentTo(t, CUSTOMER).at(-1)).toContain("les commandes sont ouvertes");

    const again = await coordinator.command("ouvrir");
    expect(again.text).toContain("déjà ouverte");
  });

  it("closes by hand only after the confirmation", async () => {
    const coordinator = t.user(COORD);
    const asked = await coordinator.command("fermer");
    expect(asked.text).toContain("Fermer maintenant");
    const closed = await coordinator.press("Oui, fermer");

    expect(closed.text).toContain("La session est fermée");
    const session = await t.app.db.session.findFirstOrThrow({ where: { status: "closed" } });
    expect(session.closedAt?.toISOString()).toBe(t.clock.now().toISOString());
    const none = await coordinator.command("close");
    expect(none.text).toContain("Aucune session n’est ouverte");
  });

  it("opens the next cycle when the current one was closed early by hand", async () => {
    const closed = await t.app.db.session.findFirstOrThrow({ where: { status: "closed" } });
    const coordinator = t.user(COORD);
    await coordinator.command("ouvrir");
    const opened = await coordinator.press("Oui, ouvrir");

    expect(opened.text).toContain("La session est ouverte");
    const open = await t.app.db.session.findFirstOrThrow({ where: { status: "open" } });
    expect(open.opensAt.getTime()).toBeGreaterThan(closed.closesAt.getTime());
  });
});
