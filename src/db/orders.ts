import type { Db, Prisma, Tx } from "./client.ts";
import { replaceCart } from "./cart.ts";

export const orderDetailSelect = {
  id: true,
  code: true,
  status: true,
  memberId: true,
  totalCents: true,
  creditUsedCents: true,
  confirmedAt: true,
  session: {
    select: { id: true, status: true, closesAt: true, pickupStartsAt: true, pickupEndsAt: true },
  },
  pickupSlot: {
    select: {
      startsAt: true,
      endsAt: true,
      pickupPoint: { select: { name: true, address: true } },
    },
  },
  lines: {
    select: {
      offerId: true,
      steps: true,
      unitPriceCents: true,
      totalCents: true,
      producer: { select: { id: true, name: true } },
      offer: { select: { product: { select: { name: true, unit: true, stepSize: true } } } },
    },
    orderBy: { id: "asc" },
  },
} satisfies Prisma.OrderSelect;

export type OrderDetail = Prisma.OrderGetPayload<{ select: typeof orderDetailSelect }>;

/** The member's order in a session, whatever its status. */
export async function findSessionOrder(
  db: Tx,
  memberId: number,
  sessionId: number,
): Promise<OrderDetail | null> {
  return db.order.findUnique({
    where: { sessionId_memberId: { sessionId, memberId } },
    select: orderDetailSelect,
  });
}

/** An order, only when it belongs to this member: others' ids give null. */
export async function findMemberOrder(
  db: Tx,
  memberId: number,
  orderId: number,
): Promise<OrderDetail | null> {
  const order = await db.order.findUnique({ where: { id: orderId }, select: orderDetailSelect });
  return order && order.memberId === memberId ? order : null;
}

/** The member's orders, newest pickup first. */
export async function listMemberOrders(db: Tx, memberId: number, take = 10) {
  return db.order.findMany({
    where: { memberId },
    select: {
      id: true,
      code: true,
      status: true,
      totalCents: true,
      creditUsedCents: true,
      session: { select: { pickupStartsAt: true } },
    },
    orderBy: [{ session: { pickupStartsAt: "desc" } }, { id: "desc" }],
    take,
  });
}

/**
 * True when the member has no other order that is not cancelled: the membership is due.
 * A caller that has just read the member's `membershipPaidAt` passes it, saving a query.
 */
export async function isFirstOrder(
  db: Tx,
  memberId: number,
  exceptOrderId?: number,
  known?: { membershipPaidAt: Date | null },
): Promise<boolean> {
  const member =
    known ??
    (await db.member.findUnique({
      where: { id: memberId },
      select: { membershipPaidAt: true },
    }));
  if (member?.membershipPaidAt) return false;
  const others = await db.order.count({
    where: {
      memberId,
      status: { not: "cancelled" },
      ...(exceptOrderId === undefined ? {} : { id: { not: exceptOrderId } }),
    },
  });
  return others === 0;
}

/** Steps the member's confirmed order of this session holds, by offer. */
export async function orderedSteps(
  db: Tx,
  memberId: number,
  sessionId: number,
): Promise<Map<number, number>> {
  const lines = await db.orderLine.findMany({
    where: { order: { memberId, sessionId, status: "confirmed" } },
    select: { offerId: true, steps: true },
  });
  return new Map(lines.map((line) => [line.offerId, line.steps]));
}

/**
 * Before a member with a confirmed order touches an empty basket, the basket is filled
 * with the order: the basket is always the whole order to be, never a second one.
 */
export async function copyOrderIntoCart(
  db: Db,
  memberId: number,
  sessionId: number,
  ordered?: Map<number, number>,
): Promise<void> {
  const steps = ordered ?? (await orderedSteps(db, memberId, sessionId));
  await replaceCart(db, {
    memberId,
    sessionId,
    lines: [...steps].map(([offerId, count]) => ({ offerId, steps: count })),
  });
}

/**
 * Takes the session's row lock before any stock moves, so that the close (which
 * updates the same row) is either wholly before or wholly after this change.
 */
export async function lockShoppableSession(
  tx: Tx,
  sessionId: number,
  statuses: string[],
): Promise<boolean> {
  for (const status of statuses) {
    const { count } = await tx.session.updateMany({
      where: { id: sessionId, status },
      data: { status },
    });
    if (count === 1) return true;
  }
  return false;
}

/** Gives the stock of the order's lines back to their offers. */
export async function returnStock(
  tx: Tx,
  lines: { offerId: number; steps: number }[],
): Promise<void> {
  for (const line of lines) await moveStock(tx, line.offerId, -line.steps);
}

/**
 * Moves stock by `delta` steps (positive takes, negative returns). Taking is a
 * conditional update: false when fewer than `delta` steps are left. `unlimitedHint`
 * (the offer had no stock limit when it was read) only picks which conditional update
 * is tried first, saving one statement; the result is the same either way.
 */
export async function moveStock(
  tx: Tx,
  offerId: number,
  delta: number,
  unlimitedHint = false,
): Promise<boolean> {
  if (delta === 0) return true;
  if (delta > 0 && unlimitedHint) {
    const unlimited = await tx.offer.updateMany({
      where: { id: offerId, remainingSteps: null },
      data: { soldSteps: { increment: delta } },
    });
    if (unlimited.count === 1) return true;
    const limited = await tx.offer.updateMany({
      where: { id: offerId, remainingSteps: { gte: delta } },
      data: { remainingSteps: { decrement: delta }, soldSteps: { increment: delta } },
    });
    return limited.count === 1;
  }
  if (delta < 0) {
    await tx.offer.updateMany({
      where: { id: offerId, remainingSteps: { not: null } },
      data: { remainingSteps: { increment: -delta } },
    });
    await tx.offer.update({ where: { id: offerId }, data: { soldSteps: { decrement: -delta } } });
    return true;
  }
  const limited = await tx.offer.updateMany({
    where: { id: offerId, remainingSteps: { gte: delta } },
    data: { remainingSteps: { decrement: delta }, soldSteps: { increment: delta } },
  });
  if (limited.count === 1) return true;
  const unlimited = await tx.offer.updateMany({
    where: { id: offerId, remainingSteps: null },
    data: { soldSteps: { increment: delta } },
  });
  return unlimited.count === 1;
}
