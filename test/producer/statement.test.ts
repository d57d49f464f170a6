import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { loadSessionStatement } from "../../src/db/statements.ts";
import { formatEuros } from "../../src/domain/money.ts";
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

const euros = (cents: number) => formatEuros(cents, "fr");

describe("a producer's statement and commission", () => {
  let t: TestApp;
  let farm: { producerId: number; memberId: number };
  let session: { id: number; status: string; pickupStartsAt: Date };

  beforeAll(async () => {
    t = await startTestApp({ now: saturday });
    await addPickupPoint(t);
    farm = await addFarm(t, { telegramId: 10, firstName: "Jeanne", farm: "Ferme du Causse" });
    await addFarm(t, { telegramId: 20, firstName: "Paul", farm: "Bergerie" });
    const sessionId = await openSession(t);
    const product = await addProduct(t.app.db, farm.producerId, { name: "Tomme", priceCents: 300 });
    const offerId = await addOffer(t.app.db, sessionId, product, {
      priceCents: 300,
      remainingSteps: null,
    });
    const orderId = await placeOrder(t, sessionId, {
      code: "K7Q2",
      crateName: "Zoé",
      lines: [{ offerId, producerId: farm.producerId, steps: 10, unitPriceCents: 300 }],
    });
    // One piece was missing at packing: taken off the farm's sales.
    await t.app.db.orderLine.updateMany({ where: { orderId }, data: { missingSteps: 1 } });
    session = await t.app.db.session.findUniqueOrThrow({ where: { id: sessionId } });
  });

  afterAll(async () => {
    await t.stop();
  });

  async function statement() {
    const drive = await t.app.db.drive.findUniqueOrThrow({ where: { id: t.app.deps.driveId } });
    return loadSessionStatement(t.app.db, drive, farm.producerId, session);
  }

  /** `npm run cli -- shift add`, in its own process as a coordinator would run it. */
  async function addShift(day: string): Promise<string> {
    const args = ["--import", "tsx", "src/cli/main.ts", "shift", "add"];
    const options = ["--member", "10", "--day", day, "--task", "mise en cagettes"];
    const env = {
      PATH: process.env.PATH ?? "",
      DATABASE_URL: t.config.databaseUrl,
      LOG_LEVEL: "silent",
    };
    const { stdout } = await promisify(execFile)(process.execPath, [...args, ...options], { env });
    return stdout;
  }

  it("takes 15 % when nobody of the farm helped, and says so", async () => {
    const row = await statement();

    expect(row.rate).toMatchObject({ basisPoints: 1500, helped: false });
    expect(row.statement).toEqual({
      grossCents: 3000,
      deductionsCents: 300,
      netSalesCents: 2700,
      commissionCents: 405,
      dueToProducerCents: 2295,
    });
    const reply = await t.user(10).command("ventes");
    expect(reply.text).toContain("Ventes · Ferme du Causse · décembre 2026");
    expect(reply.text).toContain(`Ventes : ${euros(3000)}`);
    expect(reply.text).toContain(`Retenues (manquants, abîmés) : −${euros(300)}`);
    expect(reply.text).toContain("15\u00a0% : aucune aide dans les 2 mois avant le retrait");
    expect(reply.text).toContain(`À vous reverser : ${euros(2295)}`);
  });

  it("records a producer member's shift from the CLI", async () => {
    expect(await addShift("2026-10-08")).toContain("Shift recorded for Jeanne on 2026-10-08");

    const shifts = await t.app.db.shift.findMany({ where: { memberId: farm.memberId } });
    expect(shifts).toHaveLength(1);
    expect(shifts[0]?.task).toBe("mise en cagettes");
  });

  it("still takes 15 % for help the day before the two-month window", async () => {
    expect((await statement()).rate).toMatchObject({ basisPoints: 1500, helped: false });
  });

  it("takes 5 % for help on the window's first day, and names who helped", async () => {
    await addShift("2026-10-09");

    const row = await statement();
    expect(row.rate).toMatchObject({ basisPoints: 500, helped: true, helperName: "Jeanne" });
    expect(row.statement).toMatchObject({ commissionCents: 135, dueToProducerCents: 2565 });
    const reply = await t.user(10).command("sales");
    expect(reply.text).toContain("5\u00a0% : Jeanne a aidé le 9 octobre");
    expect(reply.text).toContain(`À vous reverser : ${euros(2565)}`);
  });

  it("shows another farm none of these sales", async () => {
    const reply = await t.user(20).command("ventes");

    expect(reply.text).toContain("Bergerie");
    expect(reply.text).toContain("Aucune vente ce mois-ci.");
    expect(reply.text).not.toContain(euros(3000));
  });

  it("moves from month to month", async () => {
    await t.user(10).command("ventes");
    const previous = await t.user(10).press("Mois précédent");

    expect(previous.text).toContain("novembre 2026");
    expect(previous.text).toContain("Aucune vente ce mois-ci.");
  });
});
