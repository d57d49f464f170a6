import type { Db } from "../../src/db/client.ts";
import { closeSessionNow } from "../../src/jobs/close-session.ts";
import type { TestApp } from "../support/test-app.ts";

/** Saturday 5 December 2026, 11:00 in Paris: the session opened on Friday is open. */
export const saturday = "2026-12-05T10:00:00Z";

/** A member who already accepted the notice, as after onboarding. */
export async function addCustomer(
  db: Db,
  driveId: number,
  telegramId: number,
  kind: "household" | "processor" | "restaurant" | "shop" = "household",
) {
  return db.member.create({
    data: {
      driveId,
      telegramId: BigInt(telegramId),
      firstName: `Client${telegramId}`,
      crateName: `Client ${telegramId}`,
      customerKind: kind,
      consentAt: new Date(saturday),
    },
  });
}

/**
 * A small open session: one farm, one pickup point with a single slot, and the
 * products asked for (stock null means unlimited).
 */
export async function openSmallSession(
  db: Db,
  driveId: number,
  products: {
    name: string;
    unit?: string;
    stepSize?: number;
    priceCents: number;
    stock: number | null;
  }[],
) {
  await db.pickupPoint.create({
    data: { driveId, name: "Salle des fêtes", address: "1 rue Haute" },
  });
  const producer = await db.producer.create({
    data: { driveId, name: "Ferme Test", town: "Millau" },
  });
  const session = await db.session.create({
    data: {
      driveId,
      status: "open",
      opensAt: new Date("2026-12-04T17:00:00Z"),
      closesAt: new Date("2026-12-07T19:00:00Z"),
      pickupStartsAt: new Date("2026-12-09T15:00:00Z"),
      pickupEndsAt: new Date("2026-12-09T18:00:00Z"),
      openedAt: new Date("2026-12-04T17:00:00Z"),
    },
  });
  const point = await db.pickupPoint.findFirstOrThrow({ where: { driveId } });
  await db.pickupSlot.create({
    data: {
      sessionId: session.id,
      pickupPointId: point.id,
      startsAt: session.pickupStartsAt,
      endsAt: session.pickupEndsAt,
    },
  });
  const offers = [];
  for (const item of products) {
    const product = await db.product.create({
      data: {
        producerId: producer.id,
        name: item.name,
        category: "Légumes",
        unit: item.unit ?? "piece",
        stepSize: item.stepSize ?? 1,
        priceCents: item.priceCents,
      },
    });
    offers.push(
      await db.offer.create({
        data: {
          sessionId: session.id,
          productId: product.id,
          priceCents: item.priceCents,
          remainingSteps: item.stock,
        },
      }),
    );
  }
  return { session, producer, offers };
}

export async function closeNow(t: TestApp) {
  return closeSessionNow(t.app.deps, t.clock.now());
}

/** Reply text with French no-break spaces (in amounts) turned into plain spaces. */
export function plain(text: string | undefined): string {
  return (text ?? "").replace(/[\u00a0\u202f]/g, " ");
}
