import type { Tx } from "./client.ts";
import type { Session } from "./generated/sqlite/client.ts";
import { findMainPickupPoint } from "./reminders.ts";

export type NewsletterProduct = { name: string; producer: string };

export type NewsletterContent = {
  newProducers: { name: string; town: string }[];
  newProducts: NewsletterProduct[];
  seasonal: NewsletterProduct[];
  pickupPoint: { name: string; address: string } | null;
};

/**
 * What the opening newsletter tells: producers who joined since the previous session opened,
 * products of this session's offer created since then, and the seasonal ones on offer.
 */
export async function loadNewsletterContent(
  db: Tx,
  session: Pick<Session, "id" | "driveId" | "opensAt">,
): Promise<NewsletterContent> {
  const previous = await db.session.findFirst({
    where: {
      driveId: session.driveId,
      opensAt: { lt: session.opensAt },
      status: { not: "cancelled" },
    },
    orderBy: { opensAt: "desc" },
    select: { opensAt: true },
  });
  const since = previous?.opensAt ?? new Date(0);
  const newProducers = await db.producer.findMany({
    where: { driveId: session.driveId, active: true, createdAt: { gt: since } },
    orderBy: { name: "asc" },
    select: { name: true, town: true },
  });
  const offers = await db.offer.findMany({
    where: { sessionId: session.id, active: true, product: { active: true } },
    orderBy: { product: { name: "asc" } },
    select: {
      product: {
        select: {
          name: true,
          seasonal: true,
          createdAt: true,
          producer: { select: { name: true } },
        },
      },
    },
  });
  const asItem = (offer: (typeof offers)[number]) => ({
    name: offer.product.name,
    producer: offer.product.producer.name,
  });
  return {
    newProducers,
    newProducts: offers.filter((offer) => offer.product.createdAt > since).map(asItem),
    seasonal: offers.filter((offer) => offer.product.seasonal).map(asItem),
    pickupPoint: await findMainPickupPoint(db, session.driveId),
  };
}

/** Sets, replaces or removes (null) the coordinator's line, while the newsletter has not gone. */
export async function setNewsletterNote(
  db: Tx,
  sessionId: number,
  note: string | null,
): Promise<boolean> {
  const { count } = await db.session.updateMany({
    where: { id: sessionId, newsletterSentAt: null },
    data: { newsletterNote: note },
  });
  return count === 1;
}
