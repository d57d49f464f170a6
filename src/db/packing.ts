import type { Unit } from "../domain/values.ts";
import type { Prisma, Tx } from "./client.ts";
import { listCrateLines, type CrateLinesFilter } from "./crate-lines.ts";
import { orderBalanceSelect } from "./order-selects.ts";
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

export type PackingOrder = {
  id: number;
  code: string;
  crateNumber: number | null;
  status: string;
  totalCents: number;
  adjustmentCents: number;
  creditUsedCents: number;
  paidCents: number;
  member: {
    id: number;
    telegramId: bigint;
    firstName: string;
    crateName: string;
    language: string;
    membershipPaidAt: Date | null;
    membershipFeeCents: number;
  };
  /** True when this pickup is the member's first: the membership fee is due. */
  firstPickup: boolean;
  lines: PackingLine[];
};

const orderSelect = {
  ...orderBalanceSelect,
  sessionId: true,
  memberId: true,
} satisfies Prisma.OrderSelect;

const memberSelect = {
  id: true,
  telegramId: true,
  firstName: true,
  crateName: true,
  language: true,
  membershipPaidAt: true,
  membershipFeeCents: true,
} satisfies Prisma.MemberSelect;

const packingColumns = [
  "id",
  "offerId",
  "producerId",
  "steps",
  "unitPriceCents",
  "totalCents",
  "missingSteps",
  "damagedSteps",
] as const;

/**
 * Every order of a session that is not cancelled, by crate number, with its lines and
 * whether it is the member's first pickup. Seven queries whatever the number of orders.
 */
export async function listPackingOrders(db: Tx, sessionId: number): Promise<PackingOrder[]> {
  const status = { not: "cancelled" };
  const orders = await loadPackingOrders(db, { sessionId, status }, { sessionId, status });
  return orders.map(({ sessionId: _sessionId, ...order }) => order);
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
  const [order] = await loadPackingOrders(
    db,
    { id: orderId },
    { sessionId: found.sessionId, orderId, status: { in: [found.status] } },
  );
  return order ?? null;
}

/**
 * The orders matching `where` (the same ones as `lines`) with their members and lines.
 * Orders and members are read with scalar columns (Prisma would run every nested relation
 * `select` as one more query and join in JavaScript anyway), the lines packed per order by
 * listCrateLines, and the names joined here. Members are filtered through the relation
 * rather than by a list of ids, which passes the parameter limit at a few thousand orders.
 */
async function loadPackingOrders(
  db: Tx,
  where: Prisma.OrderWhereInput,
  lines: CrateLinesFilter,
): Promise<(PackingOrder & { sessionId: number })[]> {
  const rows = await db.order.findMany({
    where,
    select: orderSelect,
    orderBy: [{ crateNumber: "asc" }, { code: "asc" }],
  });
  if (rows.length === 0) return [];
  const members = await db.member.findMany({
    where: { orders: { some: where } },
    select: memberSelect,
  });
  // Paid the membership, or collected an order of another session: not a first pickup.
  const regulars = await db.member.findMany({
    where: {
      membershipPaidAt: null,
      AND: [
        { orders: { some: where } },
        { orders: { some: { status: "collected", sessionId: { not: rows[0]!.sessionId } } } },
      ],
    },
    select: { id: true },
  });
  const crates = await listCrateLines(db, lines, packingColumns);
  const toLine = await loadLineNames(db, crates);
  const linesOf = new Map(crates.map((crate) => [crate.orderId, crate.lines.map(toLine)]));
  const memberOf = new Map(members.map((member) => [member.id, member]));
  const regular = new Set(regulars.map((member) => member.id));
  return rows.map(({ memberId, ...row }) => {
    const member = memberOf.get(memberId)!;
    return {
      ...row,
      member,
      firstPickup: member.membershipPaidAt === null && !regular.has(memberId),
      lines: linesOf.get(row.id) ?? [],
    };
  });
}

type PackedLine = Record<(typeof packingColumns)[number], number>;

/** The lines with their product and farm names, each offer and farm read once. */
async function loadLineNames(db: Tx, crates: { lines: PackedLine[] }[]) {
  const offerIds = new Set<number>();
  const producerIds = new Set<number>();
  for (const crate of crates) {
    for (const line of crate.lines) {
      offerIds.add(line.offerId);
      producerIds.add(line.producerId);
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
  return (line: PackedLine): PackingLine => {
    const product = productOf.get(line.offerId)!;
    return {
      id: line.id,
      steps: line.steps,
      unitPriceCents: line.unitPriceCents,
      totalCents: line.totalCents,
      missingSteps: line.missingSteps,
      damagedSteps: line.damagedSteps,
      producerId: line.producerId,
      producerName: producerOf.get(line.producerId)!,
      productName: product.name,
      unit: product.unit as Unit,
      stepSize: product.stepSize,
    };
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
