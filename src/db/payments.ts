import type { PaymentMethod } from "../domain/values.ts";
import type { Db } from "./client.ts";

export type OrderPaymentInput = {
  orderId: number;
  method: PaymentMethod;
  amountCents: number;
  /** What the order showed as paid when the button was made: a stale press records nothing. */
  paidBeforeCents: number;
  recordedById: number;
};

/** Records money taken for an order; false when the order changed since it was shown. */
export async function recordOrderPayment(db: Db, input: OrderPaymentInput): Promise<boolean> {
  if (input.amountCents <= 0) return false;
  return db.$transaction(async (tx) => {
    const { count } = await tx.order.updateMany({
      where: { id: input.orderId, paidCents: input.paidBeforeCents, status: { not: "cancelled" } },
      data: { paidCents: { increment: input.amountCents } },
    });
    if (count !== 1) return false;
    const order = await tx.order.findUniqueOrThrow({
      where: { id: input.orderId },
      select: { memberId: true },
    });
    await tx.payment.create({
      data: {
        memberId: order.memberId,
        orderId: input.orderId,
        kind: "order",
        method: input.method,
        amountCents: input.amountCents,
        recordedById: input.recordedById,
      },
    });
    return true;
  });
}

export type MembershipInput = {
  memberId: number;
  /** The order collected when the fee is paid, so the fee counts in that session's figures. */
  orderId: number;
  method: PaymentMethod;
  amountCents: number;
  minimumCents: number;
  recordedById: number;
  now: Date;
};

export type MembershipResult =
  { ok: true } | { ok: false; reason: "below_minimum" | "already_paid" };

/** Records the membership fee, once per member, at least the drive's minimum. */
export async function recordMembershipFee(
  db: Db,
  input: MembershipInput,
): Promise<MembershipResult> {
  if (input.amountCents < input.minimumCents) return { ok: false, reason: "below_minimum" };
  return db.$transaction(async (tx) => {
    const { count } = await tx.member.updateMany({
      where: { id: input.memberId, membershipPaidAt: null },
      data: { membershipPaidAt: input.now, membershipFeeCents: input.amountCents },
    });
    if (count !== 1) return { ok: false, reason: "already_paid" } as const;
    await tx.payment.create({
      data: {
        memberId: input.memberId,
        orderId: input.orderId,
        kind: "membership",
        method: input.method,
        amountCents: input.amountCents,
        recordedById: input.recordedById,
      },
    });
    return { ok: true } as const;
  });
}
