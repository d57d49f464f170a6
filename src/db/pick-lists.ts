import type { PickListCustomerRow, PickListRow } from "../domain/pick-list.ts";
import type { Unit } from "../domain/values.ts";
import { renderPickList, type PickListPlace } from "../notify/pick-list-render.ts";
import type { Tx } from "./client.ts";
import { columnPositions, listCrateLines } from "./crate-lines.ts";
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

const customerColumns = ["offerId", "producerId", "steps", "totalCents"] as const;
const column = columnPositions(customerColumns);

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
  const measureOf = await loadOfferMeasures(
    db,
    sums.map((sum) => sum.offerId),
  );
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

/**
 * Every farm's pick list for a session, keyed by producer id; farms without delivered lines
 * are absent. Five queries whatever the number of farms or lines: the sums by farm and
 * product come from one groupBy, the per-crate breakdown from one query (listCrateLines),
 * product and farm names from the session's offers and farms, joined in memory.
 */
export async function loadSessionPickLists(
  db: Tx,
  sessionId: number,
): Promise<Map<number, PickListData>> {
  const sums = await db.orderLine.groupBy({
    by: ["producerId", "offerId"],
    where: { order: ordersOf(sessionId) },
    _sum: { steps: true, totalCents: true },
    _count: { _all: true },
  });
  const lists = new Map<number, PickListData>();
  if (sums.length === 0) return lists;
  const measureOf = await loadOfferMeasures(db, [...new Set(sums.map((sum) => sum.offerId))]);
  const producers = await db.producer.findMany({
    where: { id: { in: [...new Set(sums.map((sum) => sum.producerId))] } },
    select: { id: true, name: true },
  });
  for (const producer of producers) {
    lists.set(producer.id, {
      producerId: producer.id,
      producerName: producer.name,
      rows: [],
      customers: [],
    });
  }
  for (const sum of sums) {
    const { name, measure } = measureOf(sum.offerId);
    lists.get(sum.producerId)!.rows.push({
      productName: name,
      measure,
      steps: sum._sum.steps ?? 0,
      customers: sum._count._all,
      amountCents: sum._sum.totalCents ?? 0,
    });
  }
  const crates = await listCrateLines(
    db,
    { sessionId, status: { in: deliveredStatuses } },
    customerColumns,
  );
  for (const { code, crateName, values } of crates) {
    for (let start = 0; start < values.length; start += customerColumns.length) {
      const { name, measure } = measureOf(values[start + column.offerId]!);
      lists.get(values[start + column.producerId]!)!.customers.push({
        orderCode: code,
        crateName,
        productName: name,
        measure,
        steps: values[start + column.steps]!,
        totalCents: values[start + column.totalCents]!,
      });
    }
  }
  return lists;
}

/** Product name and measure of each offer, read once for the whole session. */
async function loadOfferMeasures(db: Tx, offerIds: number[]) {
  const offers = await db.offer.findMany({
    where: { id: { in: offerIds } },
    select: { id: true, product: { select: { name: true, unit: true, stepSize: true } } },
  });
  const byId = new Map(
    offers.map(({ id, product }) => [
      id,
      { name: product.name, measure: { unit: product.unit as Unit, stepSize: product.stepSize } },
    ]),
  );
  return (offerId: number) => byId.get(offerId)!;
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
  const farms = await loadSessionPickLists(tx, session.id);

  const messages: OutgoingMessage[] = [];
  const rendered = new Map<string, Awaited<ReturnType<typeof renderPickList>>>();
  for (const member of members) {
    if (member.producerId === null) continue;
    const lang = member.language === "en" ? "en" : "fr";
    const key = `${member.producerId}:${lang}`;
    let list = rendered.get(key);
    if (!list) {
      let farm = farms.get(member.producerId);
      if (!farm) {
        farm = await emptyPickList(tx, member.producerId);
        farms.set(member.producerId, farm);
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
