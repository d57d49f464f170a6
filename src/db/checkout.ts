import { availableFor, cartFingerprint, planStockChanges } from "../domain/checkout.ts";
import type { Measure } from "../domain/quantity.ts";
import { priceForKind, summarizeCart } from "../domain/pricing.ts";
import { customerKindSchema } from "../domain/values.ts";
import { makeOrderCode } from "../domain/order-code.ts";
import { emptyCart, readCart } from "./cart.ts";
import { isShoppable } from "./catalogue.ts";
import type { Db, Tx } from "./client.ts";
import { isUniqueViolation } from "./errors.ts";
import { releaseCredits, useCredits } from "./credits.ts";
import { isFirstOrder, lockShoppableSession, moveStock } from "./orders.ts";

export type Shortage = {
  offerId: number;
  productName: string;
  measure: Measure;
  wantedSteps: number;
  availableSteps: number;
};

/** The chosen slot as the confirmation shows it. */
export type ConfirmedSlot = {
  startsAt: Date;
  endsAt: Date;
  pickupPoint: { name: string; address: string };
};

export type ConfirmResult =
  | {
      ok: true;
      orderId: number;
      code: string;
      changed: boolean;
      totalCents: number;
      creditUsedCents: number;
      firstOrder: boolean;
      /** Read in the transaction, so the answer needs no query of its own. */
      slot: ConfirmedSlot;
      closesAt: Date;
    }
  | { ok: false; reason: "closed" | "empty" | "changed" | "slot" | "slot_full" }
  | { ok: false; reason: "not_on_sale"; productNames: string[] }
  | { ok: false; reason: "below_minimum"; productNames: string[] }
  | { ok: false; reason: "short"; shortages: Shortage[] };

type Refused = Extract<ConfirmResult, { ok: false }>;

/** Thrown inside the transaction so that nothing it did is kept. */
class Refusal extends Error {
  constructor(readonly result: Refused) {
    super(result.reason);
  }
}

export type ConfirmInput = {
  memberId: number;
  sessionId: number;
  slotId: number;
  /** The fingerprint of the basket the customer saw in the recap. */
  fingerprint: number;
  now: Date;
  random: () => number;
};

/**
 * Turns the basket into the member's order of the session, or changes that order, in
 * one transaction: every stock movement is a conditional update, and when one line is
 * short the whole transaction is undone, so an order is either wholly in or not at all.
 */
export async function confirmCart(db: Db, input: ConfirmInput): Promise<ConfirmResult> {
  for (let attempt = 0; ; attempt += 1) {
    try {
      return await db.$transaction((tx) => confirmIn(tx, input), {
        timeout: 30_000,
        maxWait: 30_000,
      });
    } catch (error) {
      if (error instanceof Refusal) return error.result;
      // Two new orders drew the same code: draw again.
      if (isUniqueViolation(error) && attempt < 4) continue;
      throw error;
    }
  }
}

async function confirmIn(tx: Tx, input: ConfirmInput): Promise<ConfirmResult> {
  const { memberId, sessionId, now } = input;
  if (!(await lockShoppableSession(tx, sessionId, ["open", "scheduled"]))) {
    throw new Refusal({ ok: false, reason: "closed" });
  }
  const session = await tx.session.findUniqueOrThrow({ where: { id: sessionId } });
  const member = await tx.member.findUniqueOrThrow({
    where: { id: memberId },
    select: { customerKind: true, membershipPaidAt: true },
  });
  const kind = customerKindSchema.catch("household").parse(member.customerKind);

  const cart = await readCart(tx, memberId, sessionId);
  if (cart.length === 0) throw new Refusal({ ok: false, reason: "empty" });
  const seen = cart.map((entry) => ({ offerId: entry.offer.offerId, steps: entry.steps }));
  if (cartFingerprint(seen) !== input.fingerprint)
    throw new Refusal({ ok: false, reason: "changed" });

  const notOnSale = cart.filter(
    ({ offer }) =>
      !offer.onSale || offer.sessionId !== sessionId || !isShoppable(session, offer.permanent),
  );
  if (notOnSale.length > 0) {
    const productNames = notOnSale.map((entry) => entry.offer.productName);
    throw new Refusal({ ok: false, reason: "not_on_sale", productNames });
  }
  const belowMinimum = cart.filter(
    ({ offer, steps }) => steps < priceForKind(offer, kind).minSteps,
  );
  if (belowMinimum.length > 0) {
    const productNames = belowMinimum.map((entry) => entry.offer.productName);
    throw new Refusal({ ok: false, reason: "below_minimum", productNames });
  }

  const existing = await tx.order.findUnique({
    where: { sessionId_memberId: { sessionId, memberId } },
    select: {
      id: true,
      code: true,
      status: true,
      lines: { select: { offerId: true, steps: true } },
    },
  });
  const previous = new Map(
    existing?.status === "confirmed"
      ? existing.lines.map((line) => [line.offerId, line.steps])
      : [],
  );
  const slot = await checkSlot(tx, input.slotId, sessionId, existing?.id);

  const shortIds: number[] = [];
  const next = new Map(seen.map((line) => [line.offerId, line.steps]));
  const unlimited = new Set(
    cart.filter(({ offer }) => offer.remainingSteps === null).map(({ offer }) => offer.offerId),
  );
  for (const change of planStockChanges(previous, next)) {
    const moved = await moveStock(tx, change.offerId, change.delta, unlimited.has(change.offerId));
    if (!moved) shortIds.push(change.offerId);
  }
  if (shortIds.length > 0) {
    const shortages = await describeShortages(tx, shortIds, cart, previous);
    throw new Refusal({ ok: false, reason: "short", shortages });
  }

  const summary = summarizeCart(cart, kind);
  const lines = summary.groups.flatMap((group) =>
    group.lines.map((line) => ({
      offerId: line.offerId,
      producerId: group.producerId,
      steps: line.steps,
      unitPriceCents: line.unitPriceCents,
      totalCents: line.totalCents,
    })),
  );
  const fields = {
    pickupSlotId: input.slotId,
    totalCents: summary.totalCents,
    status: "confirmed",
  };
  let order: { id: number; code: string };
  if (existing) {
    await tx.orderLine.deleteMany({ where: { orderId: existing.id } });
    order = await tx.order.update({
      where: { id: existing.id },
      data: { ...fields, cancelledAt: null, lines: { create: lines } },
      select: { id: true, code: true },
    });
  } else {
    const code = await drawOrderCode(tx, sessionId, input.random);
    order = await tx.order.create({
      data: { ...fields, sessionId, memberId, code, confirmedAt: now, lines: { create: lines } },
      select: { id: true, code: true },
    });
  }

  // A new order has no credit to release yet, and is created with 0 used.
  if (existing) await releaseCredits(tx, order.id);
  const creditUsedCents = await useCredits(tx, memberId, order.id, summary.totalCents, now);
  if (existing || creditUsedCents !== 0) {
    await tx.order.update({
      where: { id: order.id },
      data: { creditUsedCents },
      select: { id: true },
    });
  }
  await emptyCart(tx, memberId, sessionId);
  return {
    ok: true,
    orderId: order.id,
    code: order.code,
    changed: existing?.status === "confirmed",
    totalCents: summary.totalCents,
    creditUsedCents,
    firstOrder: await isFirstOrder(tx, memberId, order.id, member),
    slot,
    closesAt: session.closesAt,
  };
}

async function checkSlot(
  tx: Tx,
  slotId: number,
  sessionId: number,
  orderId?: number,
): Promise<ConfirmedSlot> {
  const found = await tx.pickupSlot.findUnique({
    where: { id: slotId },
    select: {
      sessionId: true,
      capacity: true,
      startsAt: true,
      endsAt: true,
      pickupPoint: { select: { name: true, address: true } },
    },
  });
  if (!found || found.sessionId !== sessionId) throw new Refusal({ ok: false, reason: "slot" });
  const { capacity, ...slot } = found;
  if (capacity === null) return slot;
  const taken = await tx.order.count({
    where: {
      pickupSlotId: slotId,
      status: "confirmed",
      ...(orderId ? { id: { not: orderId } } : {}),
    },
  });
  if (taken >= capacity) throw new Refusal({ ok: false, reason: "slot_full" });
  return slot;
}

async function describeShortages(
  tx: Tx,
  offerIds: number[],
  cart: Awaited<ReturnType<typeof readCart>>,
  previous: Map<number, number>,
): Promise<Shortage[]> {
  const offers = await tx.offer.findMany({
    where: { id: { in: offerIds } },
    select: { id: true, remainingSteps: true },
  });
  return offers.map((offer) => {
    const entry = cart.find((line) => line.offer.offerId === offer.id)!;
    return {
      offerId: offer.id,
      productName: entry.offer.productName,
      measure: entry.offer.measure,
      wantedSteps: entry.steps,
      availableSteps: availableFor(offer.remainingSteps, previous.get(offer.id) ?? 0) ?? 0,
    };
  });
}

/** A code no other order of the session has; the unique index still guards a race. */
async function drawOrderCode(tx: Tx, sessionId: number, random: () => number): Promise<string> {
  const rows = await tx.order.findMany({ where: { sessionId }, select: { code: true } });
  const taken = new Set(rows.map((row) => row.code));
  for (let attempt = 0; attempt < 50; attempt += 1) {
    const code = makeOrderCode(random, attempt < 40 ? 4 : 5);
    if (!taken.has(code)) return code;
  }
  return makeOrderCode(random, 6);
}
