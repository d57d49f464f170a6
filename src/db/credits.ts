import { allocateCredits } from "../domain/checkout.ts";
import type { Tx } from "./client.ts";

export type NewCredit = {
  memberId: number;
  amountCents: number;
  /** Why the drive owes it: "missing", "damaged", "complaint". */
  reason: string;
  adjustmentId?: number;
  complaintId?: number;
};

/** Money owed to a customer, deducted from their next order when it is confirmed. */
export async function createCredit(tx: Tx, credit: NewCredit): Promise<number> {
  const row = await tx.credit.create({
    data: {
      memberId: credit.memberId,
      amountCents: credit.amountCents,
      reason: credit.reason,
      adjustmentId: credit.adjustmentId ?? null,
      complaintId: credit.complaintId ?? null,
    },
    select: { id: true },
  });
  return row.id;
}

/** Unused credits (avoirs) of the member, oldest first. */
export async function listAvailableCredits(db: Tx, memberId: number) {
  return db.credit.findMany({
    where: { memberId, usedAt: null },
    select: { id: true, amountCents: true, reason: true },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
  });
}

/** Frees the credits an order used, so they count again for the next one. */
export async function releaseCredits(tx: Tx, orderId: number): Promise<void> {
  await tx.credit.updateMany({
    where: { usedOrderId: orderId },
    data: { usedOrderId: null, usedAt: null },
  });
}

/**
 * Deducts the member's credits from the order, oldest first. A credit larger than what
 * is left to pay is split: the used part stays on the order, the rest stays available.
 * The credits the order used before were released by the caller.
 */
export async function useCredits(
  tx: Tx,
  memberId: number,
  orderId: number,
  totalCents: number,
  now: Date,
) {
  const credits = await listAvailableCredits(tx, memberId);
  const { uses } = allocateCredits(credits, totalCents);
  let used = 0;
  for (const use of uses) {
    const { count } = await tx.credit.updateMany({
      where: { id: use.id, usedAt: null },
      data: { usedOrderId: orderId, usedAt: now, amountCents: use.usedCents },
    });
    if (count !== 1) continue;
    used += use.usedCents;
    if (use.remainderCents > 0) {
      const source = await tx.credit.findUniqueOrThrow({ where: { id: use.id } });
      await tx.credit.create({
        data: {
          memberId,
          amountCents: use.remainderCents,
          reason: source.reason,
          adjustmentId: source.adjustmentId,
          complaintId: source.complaintId,
          createdAt: source.createdAt,
        },
      });
    }
  }
  return used;
}
