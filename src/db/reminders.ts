import { findRecipients, type Recipient } from "./audiences.ts";
import type { Tx } from "./client.ts";

export type SessionMark = "newsletterSentAt" | "closingReminderSentAt" | "pickupReminderSentAt";

/**
 * Marks a session's message as sent, once: the update is conditional on the mark being
 * empty, so a job that runs twice, or on two processes, gets true a single time. Call it in
 * the transaction that writes the messages to the outbox.
 */
export async function claimSessionMark(
  tx: Tx,
  sessionId: number,
  mark: SessionMark,
  now: Date,
): Promise<boolean> {
  const { count } = await tx.session.updateMany({
    where: { id: sessionId, [mark]: null },
    data: { [mark]: now },
  });
  return count === 1;
}

export type ClosingReminderTargets = { notOrdered: Recipient[]; withBasket: Recipient[] };

/**
 * Who the closing reminder goes to: customers with a basket they have not confirmed (about
 * their own basket, so sent even when they stopped the newsletter), and customers who
 * neither ordered nor started a basket, when they agreed to hear from the drive.
 */
export async function findClosingReminderTargets(
  tx: Tx,
  driveId: number,
  sessionId: number,
): Promise<ClosingReminderTargets> {
  const reachable = { driveId, erasedAt: null, unreachableAt: null };
  const noOrder = { orders: { none: { sessionId, status: { not: "cancelled" } } } };
  const withBasket = await findRecipients(tx, {
    ...reachable,
    ...noOrder,
    cartLines: { some: { sessionId, steps: { gt: 0 } } },
  });
  const notOrdered = await findRecipients(tx, {
    ...reachable,
    ...noOrder,
    isCustomer: true,
    newsletterOptIn: true,
    consentAt: { not: null },
    cartLines: { none: { sessionId, steps: { gt: 0 } } },
  });
  return { notOrdered, withBasket };
}

export type PickupReminderTarget = Recipient & {
  code: string;
  crateNumber: number | null;
  startsAt: Date | null;
  endsAt: Date | null;
  pointName: string | null;
  pointAddress: string | null;
};

/** Customers with a confirmed order in the session: the reminder is about their own order. */
export async function findPickupReminderTargets(
  tx: Tx,
  sessionId: number,
): Promise<PickupReminderTarget[]> {
  const orders = await tx.order.findMany({
    where: { sessionId, status: "confirmed", member: { erasedAt: null, unreachableAt: null } },
    orderBy: { id: "asc" },
    select: {
      code: true,
      crateNumber: true,
      member: { select: { id: true, telegramId: true, language: true } },
      pickupSlot: {
        select: {
          startsAt: true,
          endsAt: true,
          pickupPoint: { select: { name: true, address: true } },
        },
      },
    },
  });
  return orders.map((order) => ({
    memberId: order.member.id,
    telegramId: order.member.telegramId,
    language: order.member.language,
    code: order.code,
    crateNumber: order.crateNumber,
    startsAt: order.pickupSlot?.startsAt ?? null,
    endsAt: order.pickupSlot?.endsAt ?? null,
    pointName: order.pickupSlot?.pickupPoint.name ?? null,
    pointAddress: order.pickupSlot?.pickupPoint.address ?? null,
  }));
}

/** The drive's first active pickup point, for messages about an order without a slot. */
export async function findMainPickupPoint(
  tx: Tx,
  driveId: number,
): Promise<{ name: string; address: string } | null> {
  return tx.pickupPoint.findFirst({
    where: { driveId, active: true },
    orderBy: { id: "asc" },
    select: { name: true, address: true },
  });
}

export async function countSessionOrders(db: Tx, sessionId: number): Promise<number> {
  return db.order.count({ where: { sessionId, status: { not: "cancelled" } } });
}
