import type { PickListCustomerRow, PickListRow } from "../domain/pick-list.ts";
import type { Unit } from "../domain/values.ts";
import { renderPickList, type PickListPlace } from "../notify/pick-list-render.ts";
import type { Tx } from "./client.ts";
import { enqueueMessages, type OutgoingMessage } from "./outbox.ts";
import type { Session } from "./sessions.ts";

/** Orders that producers deliver: confirmed, or already collected when looking back. */
export const deliveredStatuses = ["confirmed", "collected"];

export type PickListCustomerLine = PickListCustomerRow & { totalCents: number };

export type PickListData = {
  producerId: number;
  producerName: string;
  rows: PickListRow[];
  customers: PickListCustomerLine[];
};

function ordersOf(sessionId: number) {
  return { sessionId, status: { in: deliveredStatuses } };
}

/**
 * One farm's pick list for a session. Totals per product are summed by the database; only
 * the per-crate breakdown reads lines, one per order and product, which the farm needs anyway.
 */
export async function loadPickList(
  db: Tx,
  sessionId: number,
  producerId: number,
): Promise<PickListData> {
  const where = { producerId, order: ordersOf(sessionId) };
  const producer = await db.producer.findUniqueOrThrow({
    where: { id: producerId },
    select: { name: true },
  });
  const sums = await db.orderLine.groupBy({
    by: ["offerId"],
    where,
    _sum: { steps: true, totalCents: true },
    _count: { _all: true },
  });
  const offers = await db.offer.findMany({
    where: { id: { in: sums.map((sum) => sum.offerId) } },
    select: { id: true, product: { select: { name: true, unit: true, stepSize: true } } },
  });
  const productOf = new Map(offers.map((offer) => [offer.id, offer.product]));
  const measureOf = (offerId: number) => {
    const product = productOf.get(offerId)!;
    return {
      name: product.name,
      measure: { unit: product.unit as Unit, stepSize: product.stepSize },
    };
  };
  const rows = sums.map((sum) => ({
    productName: measureOf(sum.offerId).name,
    measure: measureOf(sum.offerId).measure,
    steps: sum._sum.steps ?? 0,
    customers: sum._count._all,
    amountCents: sum._sum.totalCents ?? 0,
  }));
  const lines = await db.orderLine.findMany({
    where,
    select: {
      offerId: true,
      steps: true,
      totalCents: true,
      order: { select: { code: true, member: { select: { crateName: true, firstName: true } } } },
    },
  });
  const customers = lines.map((line) => ({
    orderCode: line.order.code,
    crateName: line.order.member.crateName || line.order.member.firstName,
    productName: measureOf(line.offerId).name,
    measure: measureOf(line.offerId).measure,
    steps: line.steps,
    totalCents: line.totalCents,
  }));
  return { producerId, producerName: producer.name, rows, customers };
}

/** Where the session's goods are brought: its first pickup point, else the drive's. */
export async function findPickListPlace(db: Tx, session: Session): Promise<PickListPlace> {
  const slot = await db.pickupSlot.findFirst({
    where: { sessionId: session.id },
    orderBy: { startsAt: "asc" },
    select: { pickupPoint: { select: { name: true } } },
  });
  const point =
    slot?.pickupPoint ??
    (await db.pickupPoint.findFirst({
      where: { driveId: session.driveId, active: true },
      orderBy: { id: "asc" },
      select: { name: true },
    }));
  const drive = await db.drive.findUniqueOrThrow({
    where: { id: session.driveId },
    select: { timezone: true },
  });
  return {
    pointName: point?.name ?? "",
    pickupStartsAt: session.pickupStartsAt,
    timezone: drive.timezone,
  };
}

/**
 * Puts every farm's pick list in the outbox when the session closes, once: the session is
 * marked first by a conditional update, so a second run writes nothing. Each producer member
 * gets it in their language, with the CSV and PDF; a farm without orders gets a short note.
 */
export async function enqueuePickLists(tx: Tx, session: Session, now: Date): Promise<void> {
  const { count } = await tx.session.updateMany({
    where: { id: session.id, pickListsSentAt: null },
    data: { pickListsSentAt: now },
  });
  if (count !== 1) return;

  const place = await findPickListPlace(tx, session);
  const members = await tx.member.findMany({
    where: {
      driveId: session.driveId,
      isProducer: true,
      erasedAt: null,
      unreachableAt: null,
      producer: { active: true },
    },
    select: { id: true, telegramId: true, language: true, producerId: true },
    orderBy: { id: "asc" },
  });
  const withOrders = await tx.orderLine.groupBy({
    by: ["producerId"],
    where: { order: ordersOf(session.id) },
  });
  const ordered = new Set(withOrders.map((row) => row.producerId));

  const messages: OutgoingMessage[] = [];
  const rendered = new Map<string, Awaited<ReturnType<typeof renderPickList>>>();
  const data = new Map<number, PickListData>();
  for (const member of members) {
    if (member.producerId === null) continue;
    const lang = member.language === "en" ? "en" : "fr";
    const key = `${member.producerId}:${lang}`;
    let list = rendered.get(key);
    if (!list) {
      let farm = data.get(member.producerId);
      if (!farm) {
        farm = ordered.has(member.producerId)
          ? await loadPickList(tx, session.id, member.producerId)
          : await emptyPickList(tx, member.producerId);
        data.set(member.producerId, farm);
      }
      list = await renderPickList(farm, place, lang, { closed: true });
      rendered.set(key, list);
    }
    const to = { chatId: member.telegramId, memberId: member.id, reason: "pick_list" };
    for (const text of list.messages) {
      messages.push({ ...to, payload: { text, parse_mode: "HTML" } });
    }
    for (const document of list.documents) {
      messages.push({
        ...to,
        method: "sendDocument",
        payload: { caption: document.caption },
        attachment: { filename: document.filename, bytes: document.bytes },
      });
    }
  }
  await enqueueMessages(tx, messages);
}

async function emptyPickList(db: Tx, producerId: number): Promise<PickListData> {
  const producer = await db.producer.findUniqueOrThrow({
    where: { id: producerId },
    select: { name: true },
  });
  return { producerId, producerName: producer.name, rows: [], customers: [] };
}

/** The session a farm prepares for now: the closed one awaiting pickup, else the open one. */
export async function findPickListSession(db: Tx, driveId: number): Promise<Session | null> {
  return (
    (await db.session.findFirst({
      where: { driveId, status: "closed" },
      orderBy: { pickupStartsAt: "desc" },
    })) ?? (await db.session.findFirst({ where: { driveId, status: "open" } }))
  );
}
