import { creditForDeduction, netTotalOf } from "../domain/order-balance.ts";
import type { AdjustmentKind, Unit } from "../domain/values.ts";
import type { Db } from "./client.ts";
import { createCredit } from "./credits.ts";
import { orderBalanceSelect } from "./order-selects.ts";
import { enqueueMessages, type OutgoingMessage } from "./outbox.ts";

export type Recipient = { memberId: number; telegramId: bigint; language: string };

/** What happened, for the answer and for the notices to the customer and the producer. */
export type AdjustmentFacts = {
  kind: AdjustmentKind;
  steps: number;
  amountCents: number;
  creditCents: number;
  newTotalCents: number;
  orderId: number;
  orderCode: string;
  crateNumber: number | null;
  productName: string;
  producerName: string;
  unit: Unit;
  stepSize: number;
  customer: Recipient & { name: string };
  producers: Recipient[];
};

export type AdjustmentInput = {
  driveId: number;
  orderLineId: number;
  kind: AdjustmentKind;
  steps: number;
  recordedById: number;
  /** The notices to write in the outbox with the change. */
  notices: (facts: AdjustmentFacts) => OutgoingMessage[];
};

export type AdjustmentResult =
  | { ok: true; facts: AdjustmentFacts }
  | { ok: false; reason: "not_found" | "too_many" | "not_open" | "changed"; leftSteps?: number };

/**
 * Takes a missing or damaged quantity off an order line: the adjustment, the line's
 * counters, the order's deduction, a credit when the order was already paid beyond
 * its new total, and the notices, all in one transaction. The line is updated only if
 * its counters are still those read, so two volunteers never deduct the same item twice.
 */
export async function recordAdjustment(db: Db, input: AdjustmentInput): Promise<AdjustmentResult> {
  return db.$transaction(async (tx) => {
    const line = await tx.orderLine.findFirst({
      where: { id: input.orderLineId, order: { session: { driveId: input.driveId } } },
      select: {
        id: true,
        steps: true,
        unitPriceCents: true,
        missingSteps: true,
        damagedSteps: true,
        producer: {
          select: {
            name: true,
            members: {
              where: { isProducer: true, erasedAt: null },
              select: { id: true, telegramId: true, language: true },
            },
          },
        },
        offer: { select: { product: { select: { name: true, unit: true, stepSize: true } } } },
        order: {
          select: {
            ...orderBalanceSelect,
            member: {
              select: {
                id: true,
                telegramId: true,
                language: true,
                crateName: true,
                firstName: true,
              },
            },
          },
        },
      },
    });
    if (!line) return { ok: false, reason: "not_found" } as const;
    const { order } = line;
    if (order.status === "cancelled") return { ok: false, reason: "not_open" } as const;
    const leftSteps = line.steps - line.missingSteps - line.damagedSteps;
    if (input.steps < 1 || input.steps > leftSteps) {
      return { ok: false, reason: "too_many", leftSteps } as const;
    }

    const field = input.kind === "missing" ? "missingSteps" : "damagedSteps";
    const taken = await tx.orderLine.updateMany({
      where: { id: line.id, missingSteps: line.missingSteps, damagedSteps: line.damagedSteps },
      data: { [field]: { increment: input.steps } },
    });
    if (taken.count !== 1) return { ok: false, reason: "changed" } as const;

    const amountCents = input.steps * line.unitPriceCents;
    const adjustment = await tx.adjustment.create({
      data: {
        orderLineId: line.id,
        kind: input.kind,
        steps: input.steps,
        amountCents,
        recordedById: input.recordedById,
      },
      select: { id: true },
    });
    await tx.order.update({
      where: { id: order.id },
      data: { adjustmentCents: { decrement: amountCents } },
    });
    const creditCents = creditForDeduction(order, amountCents);
    if (creditCents > 0) {
      await createCredit(tx, {
        memberId: order.member.id,
        amountCents: creditCents,
        reason: input.kind,
        adjustmentId: adjustment.id,
      });
    }

    const facts: AdjustmentFacts = {
      kind: input.kind,
      steps: input.steps,
      amountCents,
      creditCents,
      newTotalCents: netTotalOf({ ...order, adjustmentCents: order.adjustmentCents - amountCents }),
      orderId: order.id,
      orderCode: order.code,
      crateNumber: order.crateNumber,
      productName: line.offer.product.name,
      producerName: line.producer.name,
      unit: line.offer.product.unit as Unit,
      stepSize: line.offer.product.stepSize,
      customer: {
        memberId: order.member.id,
        telegramId: order.member.telegramId,
        language: order.member.language,
        name: order.member.crateName || order.member.firstName,
      },
      producers: line.producer.members.map((member) => ({
        memberId: member.id,
        telegramId: member.telegramId,
        language: member.language,
      })),
    };
    await enqueueMessages(tx, input.notices(facts));
    return { ok: true, facts } as const;
  });
}

/** The order an order line belongs to, when it is in the drive. */
export async function findOrderIdOfLine(
  db: Db,
  driveId: number,
  lineId: number,
): Promise<number | null> {
  const line = await db.orderLine.findFirst({
    where: { id: lineId, order: { session: { driveId } } },
    select: { orderId: true },
  });
  return line?.orderId ?? null;
}
