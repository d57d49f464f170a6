import { currentOrNextCycle } from "../domain/calendar.ts";
import type { Db } from "../db/client.ts";
import { ensureSession } from "../db/sessions.ts";
import { demoCustomers, demoPickupPoint, demoProducers } from "./demo-data.ts";

export type SeedSummary = {
  producers: number;
  products: number;
  customers: number;
  sessionId: number;
};

/**
 * Loads the demo drive. Safe to run again: producers, products and customers
 * are found by name or Telegram id before being created, and the session of
 * the current cycle is opened if it is not open yet.
 */
export async function seedDemo(db: Db, driveId: number, now: Date): Promise<SeedSummary> {
  const point = await db.pickupPoint.findFirst({ where: { driveId, name: demoPickupPoint.name } });
  if (!point) await db.pickupPoint.create({ data: { driveId, ...demoPickupPoint } });

  let products = 0;
  for (const farm of demoProducers) {
    const producer = await db.producer.upsert({
      where: { driveId_name: { driveId, name: farm.name } },
      create: { driveId, name: farm.name, town: farm.town, description: farm.description },
      update: {},
    });
    for (const item of farm.products) {
      products++;
      const found = await db.product.findFirst({
        where: { producerId: producer.id, name: item.name },
      });
      if (found) continue;
      const { pro, stock: _stock, ...fields } = item;
      await db.product.create({
        data: {
          producerId: producer.id,
          ...fields,
          kindPrices: pro
            ? {
                create: (["restaurant", "processor", "shop"] as const).map((customerKind) => ({
                  customerKind,
                  priceCents: pro.priceCents ?? null,
                  minSteps: pro.minSteps ?? null,
                })),
              }
            : undefined,
        },
      });
    }
  }

  for (const customer of demoCustomers) {
    await db.member.upsert({
      where: { driveId_telegramId: { driveId, telegramId: customer.telegramId } },
      create: {
        driveId,
        telegramId: customer.telegramId,
        firstName: customer.firstName,
        crateName: customer.crateName,
        customerKind: customer.kind,
        consentAt: now,
      },
      update: {},
    });
  }

  const drive = await db.drive.findUniqueOrThrow({ where: { id: driveId } });
  const session = await ensureSession(db, driveId, currentOrNextCycle(drive, now));
  await offerDemoProducts(db, session.id, driveId);
  await db.session.updateMany({
    where: { id: session.id, status: "scheduled" },
    data: { status: "open", openedAt: now },
  });
  return {
    producers: demoProducers.length,
    products,
    customers: demoCustomers.length,
    sessionId: session.id,
  };
}

/** Every demo product on offer in the session, with the demo stock. */
async function offerDemoProducts(db: Db, sessionId: number, driveId: number): Promise<void> {
  const stockByName = new Map(
    demoProducers.flatMap((farm) => farm.products.map((item) => [item.name, item.stock] as const)),
  );
  const productsOnSale = await db.product.findMany({
    where: { active: true, producer: { driveId } },
    select: { id: true, name: true, priceCents: true },
  });
  for (const product of productsOnSale) {
    await db.offer.upsert({
      where: { sessionId_productId: { sessionId, productId: product.id } },
      create: {
        sessionId,
        productId: product.id,
        priceCents: product.priceCents,
        remainingSteps: stockByName.get(product.name) ?? null,
      },
      update: {},
    });
  }
}
