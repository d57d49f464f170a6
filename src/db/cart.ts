import type { Db, Tx } from "./client.ts";
import { offerSelect, toOfferDetail, type OfferDetail } from "./catalogue.ts";

export type CartEntry = { offer: OfferDetail; steps: number };

/**
 * The member's basket for one session, with each offer as it is now. The lines are read
 * first: a nested select costs one statement per relation even when there is no line
 * (Prisma asks `IN (NULL)`), and most screens are seen with an empty basket.
 */
export async function readCart(db: Tx, memberId: number, sessionId: number): Promise<CartEntry[]> {
  const lines = await db.cartLine.findMany({
    where: { memberId, sessionId },
    select: { steps: true, offerId: true },
    orderBy: { id: "asc" },
  });
  if (lines.length === 0) return [];
  const rows = await db.offer.findMany({
    where: { id: { in: lines.map((line) => line.offerId) } },
    select: offerSelect,
  });
  const offers = new Map(rows.map((row) => [row.id, toOfferDetail(row)]));
  return toCartEntries(lines, (offerId) => offers.get(offerId));
}

/** Basket lines with their offers, in the lines' order; a line whose offer is gone is left out. */
export function toCartEntries(
  lines: { offerId: number; steps: number }[],
  offerOf: (offerId: number) => OfferDetail | null | undefined,
): CartEntry[] {
  return lines.flatMap((line) => {
    const offer = offerOf(line.offerId);
    return offer ? [{ offer, steps: line.steps }] : [];
  });
}

export async function findCartSteps(db: Tx, memberId: number, offerId: number): Promise<number> {
  const line = await db.cartLine.findUnique({
    where: { memberId_offerId: { memberId, offerId } },
    select: { steps: true },
  });
  return line?.steps ?? 0;
}

/** Puts `steps` of an offer in the basket; 0 takes the line out. */
export async function setCartSteps(
  db: Tx,
  input: { memberId: number; sessionId: number; offerId: number; steps: number },
): Promise<void> {
  const { memberId, sessionId, offerId, steps } = input;
  if (steps <= 0) {
    await db.cartLine.deleteMany({ where: { memberId, offerId } });
    return;
  }
  await db.cartLine.upsert({
    where: { memberId_offerId: { memberId, offerId } },
    create: { memberId, sessionId, offerId, steps },
    update: { steps },
  });
}

export async function emptyCart(db: Tx, memberId: number, sessionId: number): Promise<void> {
  await db.cartLine.deleteMany({ where: { memberId, sessionId } });
}

/** Replaces the whole basket of a session, in one transaction. */
export async function replaceCart(
  db: Db,
  input: { memberId: number; sessionId: number; lines: { offerId: number; steps: number }[] },
): Promise<void> {
  const { memberId, sessionId } = input;
  const lines = input.lines.filter((line) => line.steps > 0);
  await db.$transaction(async (tx) => {
    await tx.cartLine.deleteMany({ where: { memberId, sessionId } });
    if (lines.length > 0) {
      await tx.cartLine.createMany({
        data: lines.map((line) => ({ memberId, sessionId, ...line })),
      });
    }
  });
}

/** How many lines the basket holds; its value depends on the customer kind, see summarizeCart. */
export async function countCartLines(db: Tx, memberId: number, sessionId: number): Promise<number> {
  return db.cartLine.count({ where: { memberId, sessionId } });
}
