import type { Db } from "../../src/db/client.ts";
import { closeSession } from "../../src/db/sessions.ts";

export const coordinatorId = 9001;
export const volunteerId = 9002;
export const larzacProducerId = 9101;
export const miellerieProducerId = 9102;
export const zoeId = 8001;
export const elodieId = 8002;
export const paulId = 8003;

/** Wednesday 10 March 2027, 16:00–19:00 in Paris (UTC+1). */
export const pickupStartsAt = new Date("2027-03-10T15:00:00Z");
export const wednesdayMorning = "2027-03-10T08:00:00Z";

export type Week = {
  sessionId: number;
  previousSessionId: number;
  orders: { zoe: number; elodie: number; paul: number };
  lines: { zoeTomme: number; zoePommes: number; elodieMiel: number; paulTomme: number };
  producers: { larzac: number; miellerie: number };
  members: { coordinator: number; zoe: number; elodie: number; paul: number };
};

/**
 * A closed week: three customers (Zoé on her first pickup, Élodie a paid-up member with a
 * credit used, Paul who collected before), two farms, crates numbered by closeSession.
 */
export async function seedClosedWeek(db: Db, driveId: number): Promise<Week> {
  const consentAt = new Date("2027-01-01T00:00:00Z");
  const member = (telegramId: number, firstName: string, extra: object = {}) =>
    db.member.create({
      data: {
        driveId,
        telegramId: BigInt(telegramId),
        firstName,
        crateName: firstName,
        consentAt,
        ...extra,
      },
    });
  const coordinator = await member(coordinatorId, "Claire Coord", { isCoordinator: true });
  await member(volunteerId, "Victor Bénévole", { isVolunteer: true });
  const larzac = await db.producer.create({ data: { driveId, name: "Ferme du Larzac" } });
  const miellerie = await db.producer.create({ data: { driveId, name: "Miellerie des Causses" } });
  await member(larzacProducerId, "Luc Larzac", {
    isProducer: true,
    producerId: larzac.id,
    language: "en",
  });
  await member(miellerieProducerId, "Mia Miel", { isProducer: true, producerId: miellerie.id });
  const zoe = await member(zoeId, "Zoé Martin");
  const elodie = await member(elodieId, "Élodie Durand", {
    membershipPaidAt: new Date("2026-10-07T15:00:00Z"),
    membershipFeeCents: 1000,
  });
  const paul = await member(paulId, "Paul Bernard");

  const product = (
    producerId: number,
    name: string,
    priceCents: number,
    unit = "piece",
    stepSize = 1,
  ) =>
    db.product.create({
      data: { producerId, name, category: "divers", priceCents, unit, stepSize },
    });
  const tomme = await product(larzac.id, "Tomme de brebis", 650);
  const pommes = await product(larzac.id, "Pommes reinettes", 180, "g", 500);
  const miel = await product(miellerie.id, "Miel de châtaignier", 900);

  const previous = await db.session.create({
    data: {
      driveId,
      status: "done",
      opensAt: new Date("2027-02-26T17:00:00Z"),
      closesAt: new Date("2027-03-01T19:00:00Z"),
      pickupStartsAt: new Date("2027-03-03T15:00:00Z"),
      pickupEndsAt: new Date("2027-03-03T18:00:00Z"),
    },
  });
  await db.order.create({
    data: {
      sessionId: previous.id,
      memberId: paul.id,
      code: "PREV",
      status: "collected",
      totalCents: 650,
      paidCents: 650,
    },
  });

  const session = await db.session.create({
    data: {
      driveId,
      status: "open",
      opensAt: new Date("2027-03-05T17:00:00Z"),
      closesAt: new Date("2027-03-08T19:00:00Z"),
      pickupStartsAt,
      pickupEndsAt: new Date("2027-03-10T18:00:00Z"),
    },
  });
  const offer = (productId: number, priceCents: number) =>
    db.offer.create({ data: { sessionId: session.id, productId, priceCents } });
  const offers = {
    tomme: await offer(tomme.id, 650),
    pommes: await offer(pommes.id, 180),
    miel: await offer(miel.id, 900),
  };
  const order = async (
    memberId: number,
    code: string,
    lines: { offerId: number; producerId: number; steps: number; unitPriceCents: number }[],
    creditUsedCents = 0,
  ) => {
    const withTotals = lines.map((line) => ({
      ...line,
      totalCents: line.steps * line.unitPriceCents,
    }));
    return db.order.create({
      data: {
        sessionId: session.id,
        memberId,
        code,
        totalCents: withTotals.reduce((sum, line) => sum + line.totalCents, 0),
        creditUsedCents,
        lines: { create: withTotals },
      },
      include: { lines: true },
    });
  };
  const zoeOrder = await order(zoe.id, "ZMR3", [
    { offerId: offers.tomme.id, producerId: larzac.id, steps: 2, unitPriceCents: 650 },
    { offerId: offers.pommes.id, producerId: larzac.id, steps: 3, unitPriceCents: 180 },
  ]);
  const elodieOrder = await order(
    elodie.id,
    "EK4D",
    [
      { offerId: offers.miel.id, producerId: miellerie.id, steps: 1, unitPriceCents: 900 },
      { offerId: offers.pommes.id, producerId: larzac.id, steps: 2, unitPriceCents: 180 },
    ],
    200,
  );
  const paulOrder = await order(paul.id, "PB7K", [
    { offerId: offers.tomme.id, producerId: larzac.id, steps: 1, unitPriceCents: 650 },
  ]);
  await closeSession(db, session.id, new Date("2027-03-08T19:00:00Z"));

  const lineOf = (o: typeof zoeOrder, offerId: number) =>
    o.lines.find((l) => l.offerId === offerId)!.id;
  return {
    sessionId: session.id,
    previousSessionId: previous.id,
    orders: { zoe: zoeOrder.id, elodie: elodieOrder.id, paul: paulOrder.id },
    lines: {
      zoeTomme: lineOf(zoeOrder, offers.tomme.id),
      zoePommes: lineOf(zoeOrder, offers.pommes.id),
      elodieMiel: lineOf(elodieOrder, offers.miel.id),
      paulTomme: lineOf(paulOrder, offers.tomme.id),
    },
    producers: { larzac: larzac.id, miellerie: miellerie.id },
    members: { coordinator: coordinator.id, zoe: zoe.id, elodie: elodie.id, paul: paul.id },
  };
}

/** Amounts as the PDF text and Telegram show them, with ordinary spaces. */
export function plain(text: string): string {
  return text.replace(/[\u00a0\u202f]/g, " ");
}
