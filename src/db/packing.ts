import type { Unit } from "../domain/values.ts";
import type { Prisma, Tx } from "./client.ts";
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

const lineSelect = {
  id: true,
  steps: true,
  unitPriceCents: true,
  totalCents: true,
  missingSteps: true,
  damagedSteps: true,
  producerId: true,
  producer: { select: { name: true } },
  offer: { select: { product: { select: { name: true, unit: true, stepSize: true } } } },
} satisfies Prisma.OrderLineSelect;

const orderSelect = {
  id: true,
  code: true,
  crateNumber: true,
  status: true,
  totalCents: true,
  adjustmentCents: true,
  creditUsedCents: true,
  paidCents: true,
  sessionId: true,
  member: {
    select: {
      id: true,
      telegramId: true,
      firstName: true,
      crateName: true,
      language: true,
      membershipPaidAt: true,
      membershipFeeCents: true,
    },
  },
  lines: { select: lineSelect, orderBy: [{ producerId: "asc" }, { id: "asc" }] },
} satisfies Prisma.OrderSelect;

type OrderRow = Prisma.OrderGetPayload<{ select: typeof orderSelect }>;

/**
 * Every order of a session that is not cancelled, by crate number, with its lines and
 * whether it is the member's first pickup. Three queries whatever the number of orders.
 */
export async function listPackingOrders(db: Tx, sessionId: number): Promise<PackingOrder[]> {
  const rows: OrderRow[] = await db.order.findMany({
    where: { sessionId, status: { not: "cancelled" } },
    select: orderSelect,
    orderBy: [{ crateNumber: "asc" }, { code: "asc" }],
  });
  return withFirstPickup(db, rows);
}

/** One order in the same shape, or null when it is not in the drive. */
export async function findPackingOrder(
  db: Tx,
  driveId: number,
  orderId: number,
): Promise<(PackingOrder & { sessionId: number }) | null> {
  const row: OrderRow | null = await db.order.findFirst({
    where: { id: orderId, session: { driveId } },
    select: orderSelect,
  });
  if (!row) return null;
  const [order] = await withFirstPickup(db, [row]);
  return { ...order!, sessionId: row.sessionId };
}

async function withFirstPickup(db: Tx, rows: OrderRow[]): Promise<PackingOrder[]> {
  const unpaid = rows.filter((row) => row.member.membershipPaidAt === null);
  const regulars = new Set<number>();
  // In slices: one list of thousands of ids passes the database's parameter limit.
  for (let from = 0; from < unpaid.length; from += 500) {
    const collected = await db.order.findMany({
      where: {
        memberId: { in: unpaid.slice(from, from + 500).map((row) => row.member.id) },
        status: "collected",
        sessionId: { not: rows[0]!.sessionId },
      },
      select: { memberId: true },
      distinct: ["memberId"],
    });
    for (const row of collected) regulars.add(row.memberId);
  }
  return rows.map(({ sessionId: _sessionId, lines, ...row }) => ({
    ...row,
    firstPickup: row.member.membershipPaidAt === null && !regulars.has(row.member.id),
    lines: lines.map(({ producer, offer, ...line }) => ({
      ...line,
      producerName: producer.name,
      productName: offer.product.name,
      unit: offer.product.unit as Unit,
      stepSize: offer.product.stepSize,
    })),
  }));
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
      product: { select: { name: true, unit: true, stepSize: true, producer: true } },
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
