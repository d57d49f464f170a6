import { assignCrateNumbers } from "../domain/crates.ts";
import type { SessionTimes } from "../domain/calendar.ts";
import type { Db, Tx } from "./client.ts";
import type { Session } from "./generated/sqlite/client.ts";

export type { Session };

/** Pickup slots of one point over the pickup window: one slot, or slices of `slotMinutes`. */
export function slotsOf(
  times: SessionTimes,
  slotMinutes: number,
): { startsAt: Date; endsAt: Date }[] {
  const start = times.pickupStartsAt.getTime();
  const end = times.pickupEndsAt.getTime();
  if (slotMinutes <= 0) return [{ startsAt: new Date(start), endsAt: new Date(end) }];
  const slots = [];
  for (let at = start; at < end; at += slotMinutes * 60_000) {
    slots.push({
      startsAt: new Date(at),
      endsAt: new Date(Math.min(end, at + slotMinutes * 60_000)),
    });
  }
  return slots;
}

/**
 * The session of the cycle that opens at `times.opensAt`, created when
 * missing with its pickup slots and the permanent-sale offers. Safe to call
 * twice: the cycle's opening is unique per drive.
 */
export async function ensureSession(
  db: Db,
  driveId: number,
  times: SessionTimes,
): Promise<Session> {
  const existing = await db.session.findUnique({
    where: { driveId_opensAt: { driveId, opensAt: times.opensAt } },
  });
  if (existing) return existing;
  try {
    return await db.$transaction(async (tx) => {
      const session = await tx.session.create({ data: { driveId, ...times } });
      const points = await tx.pickupPoint.findMany({ where: { driveId, active: true } });
      await tx.pickupSlot.createMany({
        data: points.flatMap((point) =>
          slotsOf(times, point.slotMinutes).map((slot) => ({
            sessionId: session.id,
            pickupPointId: point.id,
            ...slot,
          })),
        ),
      });
      await addPermanentOffers(tx, session.id, driveId);
      return session;
    });
  } catch (error) {
    // Another process created it at the same moment.
    const again = await db.session.findUnique({
      where: { driveId_opensAt: { driveId, opensAt: times.opensAt } },
    });
    if (again) return again;
    throw error;
  }
}

/** Permanent-sale products are on offer in every session, without a stock limit. */
export async function addPermanentOffers(
  tx: Tx,
  sessionId: number,
  driveId: number,
): Promise<void> {
  const products = await tx.product.findMany({
    where: { permanent: true, active: true, producer: { driveId, active: true } },
    select: { id: true, priceCents: true },
  });
  const existing = await tx.offer.findMany({ where: { sessionId }, select: { productId: true } });
  const offered = new Set(existing.map((offer) => offer.productId));
  await tx.offer.createMany({
    data: products
      .filter((product) => !offered.has(product.id))
      .map((product) => ({ sessionId, productId: product.id, priceCents: product.priceCents })),
  });
}

/** The open session, or null. */
export async function findOpenSession(db: Tx, driveId: number): Promise<Session | null> {
  return db.session.findFirst({ where: { driveId, status: "open" }, orderBy: { opensAt: "desc" } });
}

/** The session whose pickup comes next: open, closed awaiting pickup, or scheduled. */
export async function findCurrentSession(db: Tx, driveId: number): Promise<Session | null> {
  return (
    (await findOpenSession(db, driveId)) ??
    (await db.session.findFirst({
      where: { driveId, status: { in: ["closed", "scheduled"] } },
      orderBy: [{ status: "asc" }, { pickupStartsAt: "asc" }],
    }))
  );
}

/** Opens a scheduled session; false when it was not scheduled (already open, closed…). */
export async function openSession(db: Db, sessionId: number, now: Date): Promise<boolean> {
  const { count } = await db.session.updateMany({
    where: { id: sessionId, status: "scheduled" },
    data: { status: "open", openedAt: now },
  });
  return count === 1;
}

/**
 * Hooks run inside the closing transaction, after the status changed: what
 * they write (pick lists in the outbox…) is committed with the close or not at all.
 */
export type CloseHook = (tx: Tx, session: Session, now: Date) => Promise<void>;

/**
 * Closes an open session, once: the status change is conditional, so a job
 * that runs twice, or on two processes, closes it a single time. Crates are
 * numbered in the same transaction.
 */
export async function closeSession(
  db: Db,
  sessionId: number,
  now: Date,
  hooks: CloseHook[] = [],
): Promise<boolean> {
  return db.$transaction(
    async (tx) => {
      const { count } = await tx.session.updateMany({
        where: { id: sessionId, status: "open" },
        data: { status: "closed", closedAt: now },
      });
      if (count !== 1) return false;
      await numberCrates(tx, sessionId);
      const session = await tx.session.findUniqueOrThrow({ where: { id: sessionId } });
      for (const hook of hooks) await hook(tx, session, now);
      return true;
    },
    { timeout: 60_000 },
  );
}

export async function numberCrates(tx: Tx, sessionId: number): Promise<void> {
  const orders = await tx.order.findMany({
    where: { sessionId, status: { not: "cancelled" } },
    select: { id: true, code: true, member: { select: { crateName: true } } },
  });
  const numbers = assignCrateNumbers(
    orders.map((order) => ({ id: order.id, code: order.code, crateName: order.member.crateName })),
  );
  for (const { id, crateNumber } of numbers) {
    await tx.order.update({ where: { id }, data: { crateNumber } });
  }
}
