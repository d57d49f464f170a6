import type { Db } from "../../src/db/client.ts";
import type { JobDeps } from "../../src/jobs/job-deps.ts";
import { openSessionNow } from "../../src/jobs/open-session.ts";
import type { TestApp } from "../support/test-app.ts";

/** Saturday 5 December 2026, 11:00 in Paris: the session of that week is open. */
export const saturday = "2026-12-05T10:00:00Z";

export function jobDeps(t: TestApp): JobDeps {
  const { db, logger, driveId, signer } = t.app.deps;
  return { db, logger, driveId, signer };
}

export async function addPickupPoint(t: TestApp, name = "Local de la mairie"): Promise<void> {
  await t.app.db.pickupPoint.create({ data: { driveId: t.app.deps.driveId, name } });
}

/** A farm with one producer member, registered through /start like a real one. */
export async function addFarm(
  t: TestApp,
  input: { telegramId: number; firstName: string; farm: string; language?: "fr" | "en" },
): Promise<{ producerId: number; memberId: number }> {
  const db = t.app.db;
  await t.user(input.telegramId, input.firstName, input.language ?? "fr").command("start");
  const producer = await db.producer.create({
    data: { driveId: t.app.deps.driveId, name: input.farm },
  });
  const member = await db.member.update({
    where: {
      driveId_telegramId: { driveId: t.app.deps.driveId, telegramId: BigInt(input.telegramId) },
    },
    data: { isProducer: true, producerId: producer.id, language: input.language ?? "fr" },
  });
  return { producerId: producer.id, memberId: member.id };
}

export async function addProduct(
  db: Db,
  producerId: number,
  input: { name: string; unit?: string; stepSize?: number; priceCents: number; category?: string },
): Promise<number> {
  const product = await db.product.create({
    data: {
      producerId,
      name: input.name,
      category: input.category ?? "Légumes",
      unit: input.unit ?? "piece",
      stepSize: input.stepSize ?? 1,
      priceCents: input.priceCents,
    },
  });
  return product.id;
}

export async function openSession(t: TestApp): Promise<number> {
  const result = await openSessionNow(jobDeps(t), t.clock.now());
  return result.session.id;
}

export async function addOffer(
  db: Db,
  sessionId: number,
  productId: number,
  input: { priceCents: number; remainingSteps: number | null },
): Promise<number> {
  const offer = await db.offer.create({ data: { sessionId, productId, ...input } });
  return offer.id;
}

let customerSeq = 0;

/** A customer who confirmed an order, written directly as the checkout would leave it. */
export async function placeOrder(
  t: TestApp,
  sessionId: number,
  input: {
    code: string;
    crateName: string;
    lines: { offerId: number; producerId: number; steps: number; unitPriceCents: number }[];
  },
): Promise<number> {
  const db = t.app.db;
  customerSeq += 1;
  const member = await db.member.create({
    data: {
      driveId: t.app.deps.driveId,
      telegramId: BigInt(900_000 + customerSeq),
      firstName: input.crateName.split(" ")[0] ?? "",
      crateName: input.crateName,
    },
  });
  const lines = input.lines.map((line) => ({
    ...line,
    totalCents: line.steps * line.unitPriceCents,
  }));
  const order = await db.order.create({
    data: {
      sessionId,
      memberId: member.id,
      code: input.code,
      status: "confirmed",
      totalCents: lines.reduce((sum, line) => sum + line.totalCents, 0),
      lines: { create: lines },
    },
  });
  for (const line of lines) {
    const offer = await db.offer.findUniqueOrThrow({ where: { id: line.offerId } });
    await db.offer.update({
      where: { id: line.offerId },
      data: {
        soldSteps: { increment: line.steps },
        ...(offer.remainingSteps === null ? {} : { remainingSteps: { decrement: line.steps } }),
      },
    });
  }
  return order.id;
}
