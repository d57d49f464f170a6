import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { formatEuros } from "../../src/domain/money.ts";
import { formatQuantity } from "../../src/domain/quantity.ts";
import { closeSessionNow } from "../../src/jobs/close-session.ts";
import { readPdf } from "../support/pdf-text.ts";
import { startTestApp, type TestApp } from "../support/test-app.ts";
import {
  addFarm,
  addOffer,
  addPickupPoint,
  addProduct,
  jobDeps,
  openSession,
  placeOrder,
  saturday,
} from "./fixtures.ts";

const euros = (cents: number) => formatEuros(cents, "fr");

describe("pick lists when the session closes", () => {
  let t: TestApp;
  let causse: { producerId: number };
  let bergerie: { producerId: number };
  let sessionId: number;
  const offers = { carrots: 0, salad: 0, cheese: 0 };
  const before = new Map<number, number>();
  const expected = new Map<number, { steps: number; customers: number; cents: number }>();

  beforeAll(async () => {
    t = await startTestApp({ now: saturday });
    await addPickupPoint(t, "Local de la mairie");
    causse = await addFarm(t, { telegramId: 10, firstName: "Jeanne", farm: "Ferme du Causse" });
    bergerie = await addFarm(t, {
      telegramId: 20,
      firstName: "Paul",
      farm: "Bergerie",
      language: "en",
    });
    await addFarm(t, { telegramId: 30, firstName: "Rémi", farm: "Rucher sans commande" });
    sessionId = await openSession(t);
    const db = t.app.db;
    const carrots = await addProduct(db, causse.producerId, {
      name: "Carottes",
      unit: "g",
      stepSize: 500,
      priceCents: 150,
    });
    const salad = await addProduct(db, causse.producerId, { name: "Salade", priceCents: 120 });
    const cheese = await addProduct(db, bergerie.producerId, { name: "Tomme", priceCents: 800 });
    offers.carrots = await addOffer(db, sessionId, carrots, {
      priceCents: 150,
      remainingSteps: null,
    });
    offers.salad = await addOffer(db, sessionId, salad, { priceCents: 120, remainingSteps: 500 });
    offers.cheese = await addOffer(db, sessionId, cheese, {
      priceCents: 800,
      remainingSteps: null,
    });

    // 150 customers: enough for the breakdown to need several messages.
    for (let index = 0; index < 150; index += 1) {
      const lines = [
        {
          offerId: offers.carrots,
          producerId: causse.producerId,
          steps: 1 + (index % 4),
          unitPriceCents: 150,
        },
      ];
      if (index % 3 === 0) {
        lines.push({
          offerId: offers.salad,
          producerId: causse.producerId,
          steps: 2,
          unitPriceCents: 120,
        });
      }
      if (index % 5 === 0) {
        lines.push({
          offerId: offers.cheese,
          producerId: bergerie.producerId,
          steps: 1,
          unitPriceCents: 800,
        });
      }
      await placeOrder(t, sessionId, {
        code: `C${String(index).padStart(3, "0")}`,
        crateName: `Client ${String(index).padStart(3, "0")}`,
        lines,
      });
      for (const line of lines) {
        const sum = expected.get(line.offerId) ?? { steps: 0, customers: 0, cents: 0 };
        sum.steps += line.steps;
        sum.customers += 1;
        sum.cents += line.steps * line.unitPriceCents;
        expected.set(line.offerId, sum);
      }
    }
    // A cancelled order is not delivered and must not count.
    const cancelled = await placeOrder(t, sessionId, {
      code: "ZZZZ",
      crateName: "Annulé",
      lines: [
        { offerId: offers.salad, producerId: causse.producerId, steps: 50, unitPriceCents: 120 },
      ],
    });
    await db.order.update({ where: { id: cancelled }, data: { status: "cancelled" } });

    for (const chatId of [10, 20, 30]) before.set(chatId, t.api.sentTo(chatId).length);
    t.clock.set("2026-12-07T19:00:00Z");
    const result = await closeSessionNow(jobDeps(t), t.clock.now());
    expect(result.closed).toBe(true);
    const sent = (chatId: number) => t.api.sentTo(chatId).length - before.get(chatId)!;
    for (const chatId of [10, 20, 30]) {
      const queued = await db.outboxMessage.count({ where: { chatId: BigInt(chatId) } });
      await t.api.waitFor(() => sent(chatId) >= queued);
    }
  });

  afterAll(async () => {
    await t.stop();
  });

  const textsTo = (chatId: number) =>
    t.api
      .sentTo(chatId)
      .slice(before.get(chatId))
      .filter((call) => call.method === "sendMessage")
      .map((call) => String(call.params.text));

  it("sends each farm its totals per product, checked against the orders placed", async () => {
    const text = textsTo(10).join("\n");
    const carrots = expected.get(offers.carrots)!;
    const salad = expected.get(offers.salad)!;

    expect(text).toContain("Liste de préparation · Ferme du Causse");
    expect(text).toContain(
      `Carottes : <b>${formatQuantity(carrots.steps, { unit: "g", stepSize: 500 }, "fr")}</b> — ` +
        `${carrots.customers} clients — ${euros(carrots.cents)}`,
    );
    expect(text).toContain(
      `Salade : <b>${salad.steps}</b> — ${salad.customers} clients — ${euros(salad.cents)}`,
    );
    expect(text).toContain(`Total : ${euros(carrots.cents + salad.cents)}`);
    expect(text).toContain("À livrer au Local de la mairie le mercredi 9 décembre avant 9 h.");
    expect(text).toContain("C000 · Client 000 : Carottes — 500 g");
    expect(text).not.toContain("ZZZZ");
    expect(text).not.toContain("Tomme");
  });

  it("writes to each producer in their own language", async () => {
    const text = textsTo(20).join("\n");
    const cheese = expected.get(offers.cheese)!;

    expect(text).toContain(`Tomme: <b>${cheese.steps}</b> — ${cheese.customers} customers`);
    expect(text).toContain(
      "To deliver at Local de la mairie on Wednesday 9 December before 09:00.",
    );
    expect(text).not.toContain("Carottes");
  });

  it("splits a long list into messages Telegram accepts", async () => {
    const parts = textsTo(10);

    expect(parts.length).toBeGreaterThan(1);
    for (const part of parts) expect(part.length).toBeLessThanOrEqual(4096);
    expect(parts[1]).toContain("suite 2/");
    expect(parts.join("\n")).toContain("C149 · Client 149");
  });

  it("attaches the list as a PDF and a CSV", async () => {
    const documents = t.api
      .messagesIn(10)
      .flatMap((message) => (message.document ? [message.document] : []));
    const pdf = documents.find((document) => document.filename.endsWith(".pdf"))!;
    const csv = documents.find((document) => document.filename.endsWith(".csv"))!;

    expect(pdf.filename).toBe("preparation-ferme-du-causse-2026-12-09.pdf");
    const { pages } = await readPdf(pdf.bytes);
    // The PDF prints the no-break spaces of French amounts as plain ones.
    const all = pages.join("\n").replace(/\s+/g, " ");
    const amount = euros(expected.get(offers.carrots)!.cents).replace(/\s+/g, " ");
    expect(all).toContain("Ferme du Causse");
    expect(all).toContain(`Carottes 186,5 kg 150 ${amount}`);
    expect(all).toContain("C149 · Client 149");

    const rows = csv.bytes
      .toString("utf8")
      .replace(/^\ufeff/, "")
      .trim()
      .split("\r\n");
    expect(rows[0]).toBe("Commande;Cagette;Produit;Quantité;Nombre de pas;Montant (€)");
    expect(rows).toHaveLength(1 + 150 + 50);
    expect(rows).toContain("C000;Client 000;Salade;2;2;2,4");
  });

  it("sends a short note to a farm without orders, and records the sending", async () => {
    const texts = textsTo(30);

    expect(texts).toHaveLength(1);
    expect(texts[0]).toContain("aucune commande pour « Rucher sans commande »");
    const session = await t.app.db.session.findUniqueOrThrow({ where: { id: sessionId } });
    expect(session.pickListsSentAt).not.toBeNull();
  });

  it("shows the same list on demand with /preparation", async () => {
    const reply = await t.user(10).command("preparation");

    expect(reply.texts.join("\n")).toContain(
      `Total : ${euros(expected.get(offers.carrots)!.cents + expected.get(offers.salad)!.cents)}`,
    );
    expect(reply.documents.map((document) => document.filename)).toEqual([
      "preparation-ferme-du-causse-2026-12-09.pdf",
      "preparation-ferme-du-causse-2026-12-09.csv",
    ]);
    const other = await t.user(20).command("picklist");
    expect(other.text).not.toContain("Carottes");
  });
});
