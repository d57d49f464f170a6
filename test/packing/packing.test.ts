import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { readPdf } from "../support/pdf-text.ts";
import { startTestApp, type TestApp } from "../support/test-app.ts";
import {
  plain,
  seedClosedWeek,
  volunteerId,
  wednesdayMorning,
  zoeId,
  type Week,
} from "./wednesday-fixtures.ts";

describe("packing on Wednesday morning", () => {
  let t: TestApp;
  let week: Week;

  beforeEach(async () => {
    t = await startTestApp({ now: wednesdayMorning });
    week = await seedClosedWeek(t.app.db, t.app.deps.driveId);
  });

  afterEach(async () => {
    await t.stop();
  });

  it("sends the crate tickets, labels and receipt checklist of the closed session", async () => {
    const reply = await t.user(volunteerId, "Victor").command("preparation_cagettes");

    expect(reply.documents.map((document) => document.filename)).toEqual([
      "tickets-cagettes.pdf",
      "etiquettes.pdf",
      "reception-produits.pdf",
    ]);
    expect(reply.text).toContain("3 commande(s), 5 ligne(s)");

    const tickets = await readPdf(reply.documents[0]!.bytes);
    expect(tickets.pageCount).toBe(2);
    const ticketText = plain(tickets.pages.join("\n"));
    for (const code of ["ZMR3", "EK4D", "PB7K"]) expect(ticketText).toContain(code);
    for (const name of ["Zoé Martin", "Élodie Durand", "Paul Bernard"]) {
      expect(ticketText).toContain(name);
    }
    expect(ticketText).toContain("18,40 €");
    expect(ticketText).toContain("10,60 €");
    expect(ticketText).toContain("Avoir déduit : 2,00 €");
    expect(ticketText).toContain("Ferme du Larzac");
    expect(ticketText).toContain("Miellerie des Causses");
    // Only Zoé comes for the first time: Élodie paid, Paul collected before.
    expect(ticketText.split("Adhésion à régler").length - 1).toBe(1);
    const zoeTicket = tickets.pages.find((page) => page.includes("ZMR3"))!;
    expect(plain(zoeTicket)).toContain("Adhésion à régler : 5,00 € minimum");

    const labels = await readPdf(reply.documents[1]!.bytes);
    expect(labels.pageCount).toBe(1);
    const labelText = plain(labels.pages[0]!);
    expect(labelText.split("Zoé Martin").length - 1).toBe(2);
    expect(labelText).toContain("1,5 kg");
    expect(labelText).toContain("Miel de châtaignier");

    const checklist = plain((await readPdf(reply.documents[2]!.bytes)).pages.join("\n"));
    expect(checklist).toContain("Ferme du Larzac");
    // 3 + 2 steps of 500 g of apples, for two customers.
    expect(checklist).toContain("2,5 kg");
  });

  it("numbers the crates in the order of the names", async () => {
    const orders = await t.app.db.order.findMany({
      where: { sessionId: week.sessionId },
      select: { code: true, crateNumber: true },
      orderBy: { crateNumber: "asc" },
    });

    expect(orders.map((order) => order.code)).toEqual(["EK4D", "PB7K", "ZMR3"]);
  });

  it("sends one document again from its button", async () => {
    const volunteer = t.user(volunteerId, "Victor");
    await volunteer.command("packing");

    const reply = await volunteer.press("Étiquettes");

    expect(reply.callbackAnswered).toBe(true);
    expect(reply.documents.map((document) => document.filename)).toEqual(["etiquettes.pdf"]);
  });

  it("marks a product missing from a crate's view while packing", async () => {
    const volunteer = t.user(volunteerId, "Victor");
    await volunteer.command("packing");
    await volunteer.press("Manquants / abîmés");
    await volunteer.press("n° 3 · Zoé Martin");
    await volunteer.press("Tomme de brebis");

    const reply = await volunteer.press("Manquant : 1");

    expect(plain(reply.text)).toContain("Manquant : 1 de Tomme de brebis, 6,50 € déduit");
    const order = await t.app.db.order.findUniqueOrThrow({ where: { id: week.orders.zoe } });
    expect(order.adjustmentCents).toBe(-650);
  });

  it("refuses the packing documents to a customer", async () => {
    const reply = await t.user(zoeId, "Zoé").command("preparation_cagettes");

    expect(reply.text).toContain("réservée");
    expect(reply.documents).toHaveLength(0);
  });
});
