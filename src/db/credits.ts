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

/** The total of a member's credits not used on an order yet. */
export async function sumUnusedCredits(db: Tx, memberId: number): Promise<number> {
  const result = await db.credit.aggregate({
    where: { memberId, usedOrderId: null },
    _sum: { amountCents: true },
  });
  return result._sum.amountCents ?? 0;
}
