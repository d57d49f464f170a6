import { nextSessionTimes } from "../domain/calendar.ts";
import type { Db, Tx } from "./client.ts";
import type { Drive } from "./drive.ts";
import { findOwnProduct, listOwnProducts, type OwnProduct } from "./producer-products.ts";
import { ensureSession, findOpenSession, type Session } from "./sessions.ts";

/**
 * The session a farm prepares its offer for: the open one, else the next scheduled one,
 * created from the drive's week when it does not exist yet.
 */
export async function findOfferSession(db: Db, drive: Drive, now: Date): Promise<Session> {
  const open = await findOpenSession(db, drive.id);
  if (open) return open;
  const scheduled = await db.session.findFirst({
    where: { driveId: drive.id, status: "scheduled" },
    orderBy: { opensAt: "asc" },
  });
  return scheduled ?? ensureSession(db, drive.id, nextSessionTimes(drive, now));
}

export type OfferState = {
  id: number;
  priceCents: number;
  remainingSteps: number | null;
  soldSteps: number;
  active: boolean;
};

export type OwnOffer = { product: OwnProduct; offer: OfferState | null };

const offerSelect = {
  id: true,
  priceCents: true,
  remainingSteps: true,
  soldSteps: true,
  active: true,
} as const;

/** Each active product of the farm with its offer in the session, when it has one. */
export async function listOwnOffers(
  db: Tx,
  producerId: number,
  sessionId: number,
): Promise<OwnOffer[]> {
  const products = await listOwnProducts(db, producerId);
  const offers = await db.offer.findMany({
    where: { sessionId, productId: { in: products.map((product) => product.id) } },
    select: { ...offerSelect, productId: true },
  });
  const byProduct = new Map(offers.map(({ productId, ...offer }) => [productId, offer]));
  return products.map((product) => ({ product, offer: byProduct.get(product.id) ?? null }));
}

/** The farm's product and its offer in the session; null when the product is not theirs. */
export async function findOwnOffer(
  db: Tx,
  producerId: number,
  sessionId: number,
  productId: number,
): Promise<OwnOffer | null> {
  const product = await findOwnProduct(db, producerId, productId);
  if (!product) return null;
  const offer = await db.offer.findUnique({
    where: { sessionId_productId: { sessionId, productId } },
    select: offerSelect,
  });
  return { product, offer };
}

export type OfferChange =
  | { ok: true }
  | { ok: false; reason: "not_found" | "session_closed" }
  | { ok: false; reason: "below_sold"; soldSteps: number; requestedSteps: number };

async function checkEditable(
  db: Tx,
  producerId: number,
  sessionId: number,
  productId: number,
): Promise<{ ok: true; own: OwnOffer } | { ok: false; reason: "not_found" | "session_closed" }> {
  const own = await findOwnOffer(db, producerId, sessionId, productId);
  if (!own) return { ok: false, reason: "not_found" };
  const session = await db.session.findUnique({
    where: { id: sessionId },
    select: { status: true },
  });
  if (session?.status !== "open" && session?.status !== "scheduled") {
    return { ok: false, reason: "session_closed" };
  }
  return { ok: true, own };
}

/** Puts the product on offer (at its usual price, unlimited at first) or takes it off sale. */
export async function setOffered(
  db: Tx,
  producerId: number,
  sessionId: number,
  productId: number,
  offered: boolean,
): Promise<OfferChange> {
  const check = await checkEditable(db, producerId, sessionId, productId);
  if (!check.ok) return check;
  await db.offer.upsert({
    where: { sessionId_productId: { sessionId, productId } },
    create: { sessionId, productId, priceCents: check.own.product.priceCents, active: offered },
    update: { active: offered },
  });
  return { ok: true };
}

/**
 * Sets how many steps the farm brings in all (null: no limit). What customers confirmed is
 * never taken back: a total below the sold steps is refused, and the write is conditional on
 * the sold count read, so a sale landing in between makes it read again instead of going
 * negative.
 */
export async function setOfferStock(
  db: Tx,
  producerId: number,
  sessionId: number,
  productId: number,
  totalSteps: number | null,
): Promise<OfferChange> {
  for (let attempt = 0; attempt < 5; attempt += 1) {
    const check = await checkEditable(db, producerId, sessionId, productId);
    if (!check.ok) return check;
    const { offer, product } = check.own;
    if (!offer) {
      await db.offer.create({
        data: { sessionId, productId, priceCents: product.priceCents, remainingSteps: totalSteps },
      });
      return { ok: true };
    }
    if (totalSteps !== null && totalSteps < offer.soldSteps) {
      return {
        ok: false,
        reason: "below_sold",
        soldSteps: offer.soldSteps,
        requestedSteps: totalSteps,
      };
    }
    const remainingSteps = totalSteps === null ? null : totalSteps - offer.soldSteps;
    const { count } = await db.offer.updateMany({
      where: { id: offer.id, soldSteps: offer.soldSteps },
      data: { remainingSteps, active: true },
    });
    if (count === 1) return { ok: true };
  }
  throw new Error("the offer's stock kept changing while it was being set");
}

/** The price of one step in this session; lines already confirmed keep the price they had. */
export async function setOfferPrice(
  db: Tx,
  producerId: number,
  sessionId: number,
  productId: number,
  priceCents: number,
): Promise<OfferChange> {
  const check = await checkEditable(db, producerId, sessionId, productId);
  if (!check.ok) return check;
  await db.offer.upsert({
    where: { sessionId_productId: { sessionId, productId } },
    create: { sessionId, productId, priceCents },
    update: { priceCents },
  });
  return { ok: true };
}

export type CopyResult =
  | { ok: true; copied: number; fromSessionId: number }
  | { ok: false; reason: "nothing_to_copy" | "session_closed" };

/**
 * Offers again what the farm offered in its last earlier session, at the same price and the
 * same total quantity. Offers that customers have already ordered from are left as they are.
 */
export async function copyLastOffers(
  db: Db,
  producerId: number,
  session: Session,
): Promise<CopyResult> {
  if (session.status !== "open" && session.status !== "scheduled") {
    return { ok: false, reason: "session_closed" };
  }
  const own = { product: { producerId, active: true }, active: true };
  const previous = await db.session.findFirst({
    where: { driveId: session.driveId, opensAt: { lt: session.opensAt }, offers: { some: own } },
    orderBy: { opensAt: "desc" },
    select: { id: true },
  });
  if (!previous) return { ok: false, reason: "nothing_to_copy" };
  const offers = await db.offer.findMany({
    where: { sessionId: previous.id, ...own },
    select: { productId: true, priceCents: true, remainingSteps: true, soldSteps: true },
  });
  return db.$transaction(async (tx) => {
    let copied = 0;
    for (const offer of offers) {
      const total = offer.remainingSteps === null ? null : offer.remainingSteps + offer.soldSteps;
      const key = { sessionId: session.id, productId: offer.productId };
      const existing = await tx.offer.findUnique({ where: { sessionId_productId: key } });
      const values = { priceCents: offer.priceCents, remainingSteps: total, active: true };
      if (!existing) {
        await tx.offer.create({ data: { ...key, ...values } });
        copied += 1;
        continue;
      }
      // Conditional on no sale yet, so a sale landing meanwhile keeps its stock.
      const { count } = await tx.offer.updateMany({
        where: { id: existing.id, soldSteps: 0 },
        data: values,
      });
      copied += count;
    }
    return { ok: true, copied, fromSessionId: previous.id };
  });
}
