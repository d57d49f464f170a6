import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { tick } from "../../src/jobs/tick.ts";
import { startTestApp, type TestApp } from "../support/test-app.ts";
import {
  addCustomer,
  addOffer,
  addPickupPoint,
  makeCoordinator,
  textsSentTo,
  waitForOutbox,
} from "../schedule/helpers.ts";

describe("the opening newsletter and the coordinator's own line", () => {
  let t: TestApp;
  const [COORD, CUSTOMER] = [5601, 5602];
  let since = 0;

  beforeAll(async () => {
    // Thursday 9 December 2027, 11:00 in Paris; the session opens tomorrow at 18:00.
    t = await startTestApp({ now: "2027-12-09T10:00:00Z" });
    await addPickupPoint(t);
    await makeCoordinator(t, COORD);
    await addCustomer(t, CUSTOMER, "Fanny");
    await tick(t.app.deps, t.clock.now());
    const session = await t.app.db.session.findFirstOrThrow();
    await addOffer(t, session.id, "Courge butternut");
    since = t.api.nextSeq;
  });

  afterAll(async () => {
    await t.stop();
  });

  it("previews the coming newsletter with what is new, the close and the pickup", async () => {
    const preview = await t.user(COORD).command("lettre");

    expect(preview.text).toContain("partira à l’ouverture, vendredi 10 décembre à 18 h");
    expect(preview.text).toContain("Nouveaux producteurs");
    expect(preview.text).toContain("Ferme du Causse (Millau)");
    expect(preview.text).toContain("Courge butternut — Ferme du Causse");
    expect(preview.text).toContain("Commandez jusqu’au lundi 13 décembre à 20 h");
    expect(preview.text).toContain("Retrait mercredi 15 décembre, 16 h – 19 h, Salle des fêtes");
  });

  it("adds, replaces and removes the coordinator's line before the opening", async () => {
    const coordinator = t.user(COORD);
    await coordinator.press("Ajouter une ligne");
    const added = await coordinator.send("Marché de Noël <le 18> !");
    expect(added.text).toContain("Marché de Noël <le 18> !");

    await coordinator.press("Retirer ma ligne");
    expect((await t.app.db.session.findFirstOrThrow()).newsletterNote).toBeNull();

    await coordinator.command("newsletter");
    await coordinator.press("Ajouter une ligne");
    await coordinator.send("Marché de Noël le 18 !");
    const kept = await coordinator.press("Laisser ainsi");
    expect(kept.text).toContain("partira ainsi");
  });

  it("sends the newsletter with that line at the opening, then keeps it as sent", async () => {
    t.clock.set("2027-12-10T17:00:00Z");
    await tick(t.app.deps, t.clock.now());
    await waitForOutbox(t);

    const letters = textsSentTo(t, CUSTOMER, since);
    expect(letters).toHaveLength(1);
    expect(letters[0]).toContain("✍️ Marché de Noël le 18 !");
    expect(letters[0]).toContain("/desabonner");
    const late = await t.user(COORD).command("lettre");
    expect(late.text).toContain("déjà partie");
  });
});
