import { openDatabase, type Db } from "../src/db/client.ts";
import { applyMigrations } from "../src/db/migrate.ts";
import { listPackingOrders } from "../src/db/packing.ts";
import { loadSessionPickLists } from "../src/db/pick-lists.ts";
import { createBenchDatabase } from "./database.ts";
import type { DatabaseKind } from "./params.ts";
import { median } from "./stats.ts";

const producerCount = 35;
const productsPerProducer = 8;
const linesPerOrder = 10;
const chunk = 5000;

export type ScaleRun = { lines: number; orders: number; pickListMs: number; packingMs: number };

export type ScaleFigures = {
  kind: DatabaseKind;
  lines: number;
  orders: number;
  producers: number;
  pickListMs: number;
  packingMs: number;
  totalMs: number;
  /** Milliseconds per 1,000 lines, to read how the time grows. */
  msPerThousandLines: number;
};

/**
 * A closed session of `lines` order lines: 35 farms of 8 products, orders of 10 lines each,
 * one customer per order, written with createMany in a fresh database.
 */
export async function seedSession(
  db: Db,
  lines: number,
): Promise<{ sessionId: number; orders: number }> {
  const drive = await db.drive.create({ data: { name: "Drive bench" } });
  const session = await db.session.create({
    data: {
      driveId: drive.id,
      status: "closed",
      opensAt: new Date("2026-12-04T17:00:00Z"),
      closesAt: new Date("2026-12-07T19:00:00Z"),
      pickupStartsAt: new Date("2026-12-09T15:00:00Z"),
      pickupEndsAt: new Date("2026-12-09T18:00:00Z"),
    },
  });
  await db.producer.createMany({
    data: Array.from({ length: producerCount }, (_, i) => ({
      driveId: drive.id,
      name: `Ferme ${i + 1}`,
    })),
  });
  const producers = await db.producer.findMany({ select: { id: true }, orderBy: { id: "asc" } });
  await db.product.createMany({
    data: producers.flatMap((producer, p) =>
      Array.from({ length: productsPerProducer }, (_, i) => ({
        producerId: producer.id,
        name: `Produit ${p + 1}.${i + 1}`,
        category: "Légumes",
        unit: i % 2 === 0 ? "g" : "piece",
        stepSize: i % 2 === 0 ? 500 : 1,
        priceCents: 150 + i * 40,
      })),
    ),
  });
  const products = await db.product.findMany({
    select: { id: true, producerId: true, priceCents: true },
    orderBy: { id: "asc" },
  });
  await db.offer.createMany({
    data: products.map((product) => ({
      sessionId: session.id,
      productId: product.id,
      priceCents: product.priceCents,
    })),
  });
  const offers = await db.offer.findMany({
    select: { id: true, priceCents: true, product: { select: { producerId: true } } },
    orderBy: { id: "asc" },
  });
  const orders = Math.ceil(lines / linesPerOrder);
  for (let from = 0; from < orders; from += chunk) {
    const size = Math.min(chunk, orders - from);
    await db.member.createMany({
      data: Array.from({ length: size }, (_, i) => ({
        driveId: drive.id,
        telegramId: BigInt(1_000_000 + from + i),
        firstName: `Client${from + i}`,
        crateName: `Client ${from + i}`,
      })),
    });
  }
  const members = await db.member.findMany({ select: { id: true }, orderBy: { id: "asc" } });
  for (let from = 0; from < orders; from += chunk) {
    await db.order.createMany({
      data: members.slice(from, from + chunk).map((member, i) => ({
        sessionId: session.id,
        memberId: member.id,
        code: (from + i).toString(36).toUpperCase().padStart(4, "0"),
        crateNumber: from + i + 1,
      })),
    });
  }
  const orderIds = (await db.order.findMany({ select: { id: true }, orderBy: { id: "asc" } })).map(
    (order) => order.id,
  );
  // Order i takes offers i, i+28, i+56… (mod 280): ten distinct products across the farms.
  const stride = offers.length / linesPerOrder;
  const rows = [];
  for (let line = 0; line < lines; line++) {
    const orderIndex = Math.floor(line / linesPerOrder);
    const offer = offers[(orderIndex + (line % linesPerOrder) * stride) % offers.length]!;
    const steps = 1 + (line % 3);
    rows.push({
      orderId: orderIds[orderIndex]!,
      offerId: offer.id,
      producerId: offer.product.producerId,
      steps,
      unitPriceCents: offer.priceCents,
      totalCents: steps * offer.priceCents,
    });
  }
  for (let from = 0; from < rows.length; from += chunk) {
    await db.orderLine.createMany({ data: rows.slice(from, from + chunk) });
  }
  return { sessionId: session.id, orders };
}

/** Every producer's pick list, then every crate ticket's data, with the features' own queries. */
async function buildAll(
  db: Db,
  sessionId: number,
): Promise<{ pickListMs: number; packingMs: number }> {
  let start = performance.now();
  const farms = await loadSessionPickLists(db, sessionId);
  let customerRows = 0;
  for (const farm of farms.values()) customerRows += farm.customers.length;
  const pickListMs = performance.now() - start;
  start = performance.now();
  const tickets = await listPackingOrders(db, sessionId);
  const packingMs = performance.now() - start;
  if (customerRows === 0 || tickets.length === 0) throw new Error("the dataset came out empty");
  return { pickListMs, packingMs };
}

export async function measureScale(
  kind: DatabaseKind,
  lines: number,
  repetitions: number,
): Promise<ScaleFigures> {
  const database = await createBenchDatabase(kind);
  await applyMigrations(database.url);
  const db = await openDatabase(database.url);
  try {
    const { sessionId, orders } = await seedSession(db, lines);
    await buildAll(db, sessionId); // warm-up: statement caches, page cache
    const runs: ScaleRun[] = [];
    for (let rep = 0; rep < repetitions; rep++) {
      runs.push({ lines, orders, ...(await buildAll(db, sessionId)) });
    }
    const pickListMs = median(runs.map((run) => run.pickListMs));
    const packingMs = median(runs.map((run) => run.packingMs));
    const totalMs = median(runs.map((run) => run.pickListMs + run.packingMs));
    return {
      kind,
      lines,
      orders,
      producers: producerCount,
      pickListMs,
      packingMs,
      totalMs,
      msPerThousandLines: (totalMs / lines) * 1000,
    };
  } finally {
    await db.$disconnect();
    await database.drop();
  }
}
