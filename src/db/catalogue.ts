import { nextSessionTimes } from "../domain/calendar.ts";
import type { KindPrice, PricedOffer } from "../domain/pricing.ts";
import type { CustomerKind, Unit } from "../domain/values.ts";
import type { Db, Prisma, Tx } from "./client.ts";
import type { Drive } from "./drive.ts";
import { isUniqueViolation } from "./errors.ts";
import { addPermanentOffers, ensureSession, findOpenSession, type Session } from "./sessions.ts";

/** The session a customer orders into; outside an open session, only permanent products. */
export type ShoppingSession = { session: Session; permanentOnly: boolean };

/**
 * The open session, or else the next scheduled one, created when missing, so that
 * permanent-sale products can be ordered at any time for the next pickup.
 */
export async function findShoppingSession(
  db: Db,
  drive: Drive,
  now: Date,
  findOpen: (driveId: number) => Promise<Session | null> = (id) => findOpenSession(db, id),
): Promise<ShoppingSession> {
  const open = await findOpen(drive.id);
  if (open) return { session: open, permanentOnly: false };
  const next = await ensureSession(db, drive.id, nextSessionTimes(drive, now));
  try {
    await addPermanentOffers(db, next.id, drive.id);
  } catch (error) {
    // Another update added them at the same moment.
    if (!isUniqueViolation(error)) throw error;
  }
  return { session: next, permanentOnly: true };
}

/** Whether the session still takes orders of this kind of product. */
export function isShoppable(session: Pick<Session, "status">, permanent: boolean): boolean {
  return session.status === "open" || (session.status === "scheduled" && permanent);
}

function offersOnSale(
  shop: ShoppingSession,
  product: Prisma.ProductWhereInput = {},
): Prisma.OfferWhereInput {
  return {
    sessionId: shop.session.id,
    active: true,
    product: {
      ...product,
      active: true,
      producer: { active: true },
      ...(shop.permanentOnly ? { permanent: true } : {}),
    },
  };
}

export type CatalogueGroup = { id: number; name: string; count: number };

const collator = new Intl.Collator("fr");
const byName = (a: { name: string }, b: { name: string }) => collator.compare(a.name, b.name);

/** The farms with something on sale, with how many products each. */
export async function listProducersOnSale(
  db: Tx,
  shop: ShoppingSession,
): Promise<CatalogueGroup[]> {
  const offers = await db.offer.findMany({
    where: offersOnSale(shop),
    select: { product: { select: { producer: { select: { id: true, name: true } } } } },
  });
  const groups = new Map<number, CatalogueGroup>();
  for (const { product } of offers) {
    const group = groups.get(product.producer.id) ?? { ...product.producer, count: 0 };
    group.count += 1;
    groups.set(group.id, group);
  }
  return [...groups.values()].sort(byName);
}

/**
 * The categories on sale. A category is a free text, so a button names it by the
 * smallest offer id in it: a number that stays valid for the whole session.
 */
export async function listCategoriesOnSale(
  db: Tx,
  shop: ShoppingSession,
): Promise<CatalogueGroup[]> {
  const offers = await db.offer.findMany({
    where: offersOnSale(shop),
    select: { id: true, product: { select: { category: true } } },
    orderBy: { id: "asc" },
  });
  const groups = new Map<string, CatalogueGroup>();
  for (const offer of offers) {
    const name = offer.product.category;
    const group = groups.get(name) ?? { id: offer.id, name, count: 0 };
    group.count += 1;
    groups.set(name, group);
  }
  return [...groups.values()].sort(byName);
}

export type OfferFilter = { producerId: number } | { categoryOfOfferId: number };

/** The offers of one farm or one category, by product name; null for an unknown category. */
export async function listOffersIn(
  db: Tx,
  shop: ShoppingSession,
  filter: OfferFilter,
): Promise<{ title: string; offers: OfferDetail[] } | null> {
  let title: string;
  let where: Prisma.OfferWhereInput;
  if ("producerId" in filter) {
    const producer = await db.producer.findUnique({ where: { id: filter.producerId } });
    if (!producer || producer.driveId !== shop.session.driveId) return null;
    title = producer.name;
    where = offersOnSale(shop, { producerId: producer.id });
  } else {
    const sample = await db.offer.findUnique({
      where: { id: filter.categoryOfOfferId },
      select: { sessionId: true, product: { select: { category: true } } },
    });
    if (!sample || sample.sessionId !== shop.session.id) return null;
    title = sample.product.category;
    where = offersOnSale(shop, { category: title });
  }
  const rows = await db.offer.findMany({ where, select: offerSelect });
  const offers = rows.map(toOfferDetail);
  offers.sort((a, b) => collator.compare(a.productName, b.productName) || a.offerId - b.offerId);
  return { title, offers };
}

/** An offer with all a product card and the basket need. */
export type OfferDetail = PricedOffer & {
  sessionId: number;
  category: string;
  producerTown: string;
  description: string;
  permanent: boolean;
  /** On sale: the offer, its product and its farm are all active. */
  onSale: boolean;
};

export const offerSelect = {
  id: true,
  sessionId: true,
  priceCents: true,
  remainingSteps: true,
  active: true,
  product: {
    select: {
      id: true,
      name: true,
      category: true,
      unit: true,
      stepSize: true,
      description: true,
      permanent: true,
      active: true,
      kindPrices: { select: { customerKind: true, priceCents: true, minSteps: true } },
      producer: { select: { id: true, name: true, town: true, active: true } },
    },
  },
} satisfies Prisma.OfferSelect;

type OfferRow = Prisma.OfferGetPayload<{ select: typeof offerSelect }>;

export function toOfferDetail(row: OfferRow): OfferDetail {
  const { product } = row;
  return {
    offerId: row.id,
    sessionId: row.sessionId,
    productId: product.id,
    producerId: product.producer.id,
    producerName: product.producer.name,
    producerTown: product.producer.town,
    productName: product.name,
    category: product.category,
    description: product.description,
    permanent: product.permanent,
    priceCents: row.priceCents,
    measure: { unit: product.unit as Unit, stepSize: product.stepSize },
    kindPrices: product.kindPrices.map((entry): KindPrice => ({
      ...entry,
      customerKind: entry.customerKind as CustomerKind,
    })),
    remainingSteps: row.remainingSteps,
    onSale: row.active && product.active && product.producer.active,
  };
}

export async function findOfferDetail(db: Tx, offerId: number): Promise<OfferDetail | null> {
  const row = await db.offer.findUnique({ where: { id: offerId }, select: offerSelect });
  return row ? toOfferDetail(row) : null;
}

/** The pickup slots of a session with their place, in time order. */
export async function listPickupSlots(db: Tx, sessionId: number) {
  return db.pickupSlot.findMany({
    where: { sessionId, pickupPoint: { active: true } },
    select: {
      id: true,
      startsAt: true,
      endsAt: true,
      capacity: true,
      pickupPoint: { select: { id: true, name: true, address: true } },
    },
    orderBy: [{ startsAt: "asc" }, { pickupPointId: "asc" }],
  });
}

export type PickupSlotDetail = Awaited<ReturnType<typeof listPickupSlots>>[number];
