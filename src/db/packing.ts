import type { Unit } from "../domain/values.ts";
import type { Tx } from "./client.ts";
import {
  columnPositions,
  listOrderCrates,
  type CrateLinesFilter,
  type CrateOrder,
  type PackedLines,
} from "./crate-lines.ts";
import type { Session } from "./generated/sqlite/client.ts";

/** The session being packed and collected: the latest closed one. */
export async function findClosedSession(db: Tx, driveId: number): Promise<Session | null> {
  return db.session.findFirst({
    where: { driveId, status: "closed" },
    orderBy: { pickupStartsAt: "desc" },
  });
}

export type PackingLine = {
  id: number;
  steps: number;
  unitPriceCents: number;
  totalCents: number;
  missingSteps: number;
  damagedSteps: number;
  producerId: number;
  producerName: string;
  productName: string;
  unit: Unit;
  stepSize: number;
};

export type PackingOrder = CrateOrder & {
  /** True when this pickup is the member's first: the membership fee is due. */
  firstPickup: boolean;
  lines: PackingLine[];
};

const lineColumns = [
  "id",
  "offerId",
  "producerId",
  "steps",
  "unitPriceCents",
  "totalCents",
  "missingSteps",
  "damagedSteps",
] as const;
const column = columnPositions(lineColumns);

/**
 * Every order of a session that is not cancelled, by crate number, with its lines and
 * whether it is the member's first pickup. Four queries whatever the number of orders.
 */
export async function listPackingOrders(db: Tx, sessionId: number): Promise<PackingOrder[]> {
  return loadPackingOrders(db, { sessionId, status: { not: "cancelled" } });
}

/** One order in the same shape, or null when it is not in the drive. */
export async function findPackingOrder(
  db: Tx,
  driveId: number,
  orderId: number,
): Promise<(PackingOrder & { sessionId: number }) | null> {
  const found = await db.order.findFirst({
    where: { id: orderId, session: { driveId } },
    select: { sessionId: true, status: true },
  });
  if (!found) return null;
  const filter = { sessionId: found.sessionId, orderId, status: { in: [found.status] } };
  const [order] = await loadPackingOrders(db, filter);
  return order ? { ...order, sessionId: found.sessionId } : null;
}

/**
 * The orders matching `filter` with their members and lines, read in one query
 * (listOrderCrates), and the product and farm names of the lines joined here.
 */
async function loadPackingOrders(db: Tx, filter: CrateLinesFilter): Promise<PackingOrder[]> {
  const crates = await listOrderCrates(db, filter, lineColumns);
  if (crates.length === 0) return [];
  const toLines = await loadLineNames(db, crates);
  return crates.map(({ order, collectedBefore, values }) => ({
    ...order,
    // Paid the membership, or collected an order of another session: not a first pickup.
    firstPickup: order.member.membershipPaidAt === null && !collectedBefore,
    lines: toLines(values),
  }));
}

/** The lines with their product and farm names, each offer and farm read once. */
async function loadLineNames(db: Tx, crates: { values: PackedLines }[]) {
  const width = lineColumns.length;
  const offerIds = new Set<number>();
  const producerIds = new Set<number>();
  for (const { values } of crates) {
    for (let start = 0; start < values.length; start += width) {
      offerIds.add(values[start + column.offerId]!);
      producerIds.add(values[start + column.producerId]!);
    }
  }
  const offers = await db.offer.findMany({
    where: { id: { in: [...offerIds] } },
    select: { id: true, product: { select: { name: true, unit: true, stepSize: true } } },
  });
  const producers = await db.producer.findMany({
    where: { id: { in: [...producerIds] } },
    select: { id: true, name: true },
  });
  const productOf = new Map(offers.map((offer) => [offer.id, offer.product]));
  const producerOf = new Map(producers.map((producer) => [producer.id, producer.name]));
  return (values: PackedLines): PackingLine[] => {
    const lines: PackingLine[] = [];
    for (let start = 0; start < values.length; start += width) {
      const producerId = values[start + column.producerId]!;
      const product = productOf.get(values[start + column.offerId]!)!;
      lines.push({
        id: values[start + column.id]!,
        steps: values[start + column.steps]!,
        unitPriceCents: values[start + column.unitPriceCents]!,
        totalCents: values[start + column.totalCents]!,
        missingSteps: values[start + column.missingSteps]!,
        damagedSteps: values[start + column.damagedSteps]!,
        producerId,
        producerName: producerOf.get(producerId)!,
        productName: product.name,
        unit: product.unit as Unit,
        stepSize: product.stepSize,
      });
    }
    return lines;
  };
}

export type ReceiptLine = {
  producerId: number;
  producerName: string;
  productName: string;
  unit: Unit;
  stepSize: number;
  steps: number;
  customers: number;
};

/** What each producer should bring: steps summed and customers counted by the database. */
export async function listReceiptLines(db: Tx, sessionId: number): Promise<ReceiptLine[]> {
  const sums = await db.orderLine.groupBy({
    by: ["producerId", "offerId"],
    where: { order: { sessionId, status: { not: "cancelled" } } },
    _sum: { steps: true },
    _count: { _all: true },
  });
  if (sums.length === 0) return [];
  const offers = await db.offer.findMany({
    where: { id: { in: sums.map((sum) => sum.offerId) } },
    select: {
      id: true,
      product: {
        select: { name: true, unit: true, stepSize: true, producer: { select: { name: true } } },
      },
    },
  });
  const byId = new Map(offers.map((offer) => [offer.id, offer.product]));
  return sums
    .map((sum) => {
      const product = byId.get(sum.offerId)!;
      return {
        producerId: sum.producerId,
        producerName: product.producer.name,
        productName: product.name,
        unit: product.unit as Unit,
        stepSize: product.stepSize,
        steps: sum._sum.steps ?? 0,
        customers: sum._count._all,
      };
    })
    .sort(
      (a, b) =>
        a.producerName.localeCompare(b.producerName, "fr") ||
        a.productName.localeCompare(b.productName, "fr"),
    );
}
