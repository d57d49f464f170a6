import type { Db } from "../../src/db/client.ts";

/** A producer, a session with one offer, and for `memberId` an order, a payment, a credit… */
export async function seedOrderFor(db: Db, memberId: number, driveId: number): Promise<number> {
  const producer = await db.producer.upsert({
    where: { driveId_name: { driveId, name: "Ferme <du> Causse & Co" } },
    create: { driveId, name: "Ferme <du> Causse & Co" },
    update: {},
  });
  const product = await db.product.create({
    data: {
      producerId: producer.id,
      name: "Tomates <anciennes>",
      category: "légumes",
      priceCents: 350,
    },
  });
  const opensAt = new Date(Date.UTC(2026, 0, 2 + memberId, 17));
  const session = await db.session.create({
    data: {
      driveId,
      status: "open",
      opensAt,
      closesAt: new Date(opensAt.getTime() + 3 * 86_400_000),
      pickupStartsAt: new Date(opensAt.getTime() + 5 * 86_400_000),
      pickupEndsAt: new Date(opensAt.getTime() + 5 * 86_400_000 + 3 * 3_600_000),
    },
  });
  const offer = await db.offer.create({
    data: { sessionId: session.id, productId: product.id, priceCents: 350, remainingSteps: 10 },
  });
  const order = await db.order.create({
    data: {
      sessionId: session.id,
      memberId,
      code: `T${memberId}`,
      totalCents: 700,
      lines: {
        create: [
          {
            offerId: offer.id,
            producerId: producer.id,
            steps: 2,
            unitPriceCents: 350,
            totalCents: 700,
          },
        ],
      },
    },
  });
  await db.cartLine.create({
    data: { memberId, sessionId: session.id, offerId: offer.id, steps: 1 },
  });
  await db.payment.create({
    data: { memberId, orderId: order.id, kind: "order", method: "cash", amountCents: 700 },
  });
  await db.credit.create({ data: { memberId, amountCents: 120, reason: "tomate écrasée" } });
  await db.complaint.create({ data: { memberId, orderId: order.id, text: "Une tomate écrasée" } });
  await db.shift.create({ data: { memberId, day: opensAt, task: "packing" } });
  const member = await db.member.findUniqueOrThrow({ where: { id: memberId } });
  await db.conversation.upsert({
    where: { telegramId: member.telegramId },
    create: { telegramId: member.telegramId, step: "test.step", data: '{"phone":"0612"}' },
    update: { step: "test.step" },
  });
  return order.id;
}
