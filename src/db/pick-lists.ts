import type { PickListCustomerRow, PickListRow } from "../domain/pick-list.ts";
import type { Unit } from "../domain/values.ts";
import type { PickListPlace } from "../notify/pick-list-render.ts";
import type { Tx } from "./client.ts";
import { columnPositions, listCrateLines, type CrateLines } from "./crate-lines.ts";
import type { Session } from "./sessions.ts";

/** Orders that producers deliver: confirmed, or already collected when looking back. */
export const deliveredStatuses = ["confirmed", "collected"];

export type PickListCustomerLine = PickListCustomerRow & { totalCents: number };

export type PickListData = {
  producerId: number;
  producerName: string;
  rows: PickListRow[];
  customers: PickListCustomerLine[];
};

const customerColumns = ["offerId", "producerId", "steps", "totalCents"] as const;
const column = columnPositions(customerColumns);

function ordersOf(sessionId: number) {
  return { sessionId, status: { in: deliveredStatuses } };
}

/**
 * One farm's pick list for a session. Totals per product are summed by the database; only
 * the per-crate breakdown reads lines, one per order and product, which the farm needs anyway.
 */
export async function loadPickList(
  db: Tx,
  sessionId: number,
  producerId: number,
): Promise<PickListData> {
  const where = { producerId, order: ordersOf(sessionId) };
  const producer = await db.producer.findUniqueOrThrow({
    where: { id: producerId },
    select: { name: true },
  });
  const sums = await db.orderLine.groupBy({
    by: ["offerId"],
    where,
    _sum: { steps: true, totalCents: true },
    _count: { _all: true },
  });
  const measureOf = await loadOfferMeasures(
    db,
    sums.map((sum) => sum.offerId),
  );
  const rows = sums.map((sum) => ({
    ...measureOf(sum.offerId),
    steps: sum._sum.steps ?? 0,
    customers: sum._count._all,
    amountCents: sum._sum.totalCents ?? 0,
  }));
  const lines = await db.orderLine.findMany({
    where,
    select: {
      offerId: true,
      steps: true,
      totalCents: true,
      order: { select: { code: true, member: { select: { crateName: true, firstName: true } } } },
    },
  });
  const customers = lines.map((line) => ({
    orderCode: line.order.code,
    crateName: line.order.member.crateName || line.order.member.firstName,
    ...measureOf(line.offerId),
    steps: line.steps,
    totalCents: line.totalCents,
  }));
  return { producerId, producerName: producer.name, rows, customers };
}

/**
 * Every farm's pick list for a session, keyed by producer id; farms without delivered lines
 * are absent. Four queries whatever the number of farms or lines: the lines packed per order
 * (listCrateLines), then the names of their products and farms, joined in memory. The sums
 * by farm and product are added up here from those lines rather than by a groupBy: the
 * per-crate breakdown reads every line anyway, and adding 100,000 of them up takes a few
 * milliseconds where a second pass of the database over the lines takes tens.
 */
export async function loadSessionPickLists(
  db: Tx,
  sessionId: number,
): Promise<Map<number, PickListData>> {
  const crates = await listCrateLines(db, ordersOf(sessionId), customerColumns);
  const lists = new Map<number, PickListData>();
  const sums = sumByFarmAndOffer(crates);
  if (sums.size === 0) return lists;
  const offerIds = new Set<number>();
  for (const offers of sums.values()) for (const offerId of offers.keys()) offerIds.add(offerId);
  const measureOf = await loadOfferMeasures(db, [...offerIds]);
  const producers = await db.producer.findMany({
    where: { id: { in: [...sums.keys()] } },
    select: { id: true, name: true },
  });
  for (const producer of producers) {
    // By offer, the order the groupBy this replaces gave them in on SQLite.
    const offers = [...sums.get(producer.id)!].sort(([a], [b]) => a - b);
    lists.set(producer.id, {
      producerId: producer.id,
      producerName: producer.name,
      rows: offers.map(([offerId, sum]) => ({ ...measureOf(offerId), ...sum })),
      customers: [],
    });
  }
  for (const { code, crateName, values } of crates) {
    for (let start = 0; start < values.length; start += customerColumns.length) {
      const { productName, measure } = measureOf(values[start + column.offerId]!);
      lists.get(values[start + column.producerId]!)!.customers.push({
        orderCode: code,
        crateName,
        productName,
        measure,
        steps: values[start + column.steps]!,
        totalCents: values[start + column.totalCents]!,
      });
    }
  }
  return lists;
}

type OfferSum = { steps: number; customers: number; amountCents: number };

/** Steps, lines (one per customer) and amount of each farm's offers. */
function sumByFarmAndOffer(crates: CrateLines[]): Map<number, Map<number, OfferSum>> {
  const sums = new Map<number, Map<number, OfferSum>>();
  for (const { values } of crates) {
    for (let start = 0; start < values.length; start += customerColumns.length) {
      const producerId = values[start + column.producerId]!;
      const offerId = values[start + column.offerId]!;
      let offers = sums.get(producerId);
      if (!offers) sums.set(producerId, (offers = new Map()));
      let sum = offers.get(offerId);
      if (!sum) offers.set(offerId, (sum = { steps: 0, customers: 0, amountCents: 0 }));
      sum.steps += values[start + column.steps]!;
      sum.customers += 1;
      sum.amountCents += values[start + column.totalCents]!;
    }
  }
  return sums;
}

/** Product name and measure of each offer, read once for the whole session. */
async function loadOfferMeasures(db: Tx, offerIds: number[]) {
  const offers = await db.offer.findMany({
    where: { id: { in: offerIds } },
    select: { id: true, product: { select: { name: true, unit: true, stepSize: true } } },
  });
  const byId = new Map(
    offers.map(({ id, product }) => [
      id,
      {
        productName: product.name,
        measure: { unit: product.unit as Unit, stepSize: product.stepSize },
      },
    ]),
  );
  return (offerId: number) => byId.get(offerId)!;
}

/** Where the session's goods are brought: its first pickup point, else the drive's. */
export async function findPickListPlace(db: Tx, session: Session): Promise<PickListPlace> {
  const slot = await db.pickupSlot.findFirst({
    where: { sessionId: session.id },
    orderBy: { startsAt: "asc" },
    select: { pickupPoint: { select: { name: true } } },
  });
  const point =
    slot?.pickupPoint ??
    (await db.pickupPoint.findFirst({
      where: { driveId: session.driveId, active: true },
      orderBy: { id: "asc" },
      select: { name: true },
    }));
  const drive = await db.drive.findUniqueOrThrow({
    where: { id: session.driveId },
    select: { timezone: true },
  });
  return {
    pointName: point?.name ?? "",
    pickupStartsAt: session.pickupStartsAt,
    timezone: drive.timezone,
  };
}

/** The session a farm prepares for now: the closed one awaiting pickup, else the open one. */
export async function findPickListSession(db: Tx, driveId: number): Promise<Session | null> {
  return (
    (await db.session.findFirst({
      where: { driveId, status: "closed" },
      orderBy: { pickupStartsAt: "desc" },
    })) ?? (await db.session.findFirst({ where: { driveId, status: "open" } }))
  );
}
