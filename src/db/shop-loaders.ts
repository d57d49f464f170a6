import DataLoader from "dataloader";
import { toCartEntries, type CartEntry } from "./cart.ts";
import { offerSelect, toOfferDetail, type OfferDetail } from "./catalogue.ts";
import type { Db } from "./client.ts";
import { orderDetailSelect, type OrderDetail } from "./orders.ts";
import type { Session } from "./sessions.ts";

/**
 * The reads behind every customer screen (the open session, the member's basket, order,
 * confirmed quantities and credits, the offers shown), each grouped across the updates that
 * make it at the same moment, as the core's statements are (decision 0007). Nothing is
 * cached: a load is sent right after the current tick, and every caller gets its own
 * objects. Outside a transaction only: a transaction reads with its own client.
 */
export type ShopLoaders = {
  openSession(driveId: number): Promise<Session | null>;
  cart(memberId: number, sessionId: number): Promise<CartEntry[]>;
  /** Steps of the member's confirmed order in the session, by offer. */
  ordered(memberId: number, sessionId: number): Promise<Map<number, number>>;
  offer(offerId: number): Promise<OfferDetail | null>;
  /** The member's order in the session, whatever its status. */
  sessionOrder(memberId: number, sessionId: number): Promise<OrderDetail | null>;
  /** The member's credits not used yet, in cents. */
  availableCredits(memberId: number): Promise<number>;
};

type MemberSession = { memberId: number; sessionId: number };

const batch = { cache: false, maxBatchSize: 500 } as const;
const byClient = new WeakMap<Db, ShopLoaders>();

/** The loaders of one client, made on first use. */
export function shopLoadersFor(db: Db): ShopLoaders {
  let loaders = byClient.get(db);
  if (!loaders) {
    loaders = createShopLoaders(db);
    byClient.set(db, loaders);
  }
  return loaders;
}

const unique = <T>(values: T[]) => [...new Set(values)];
const pairsOf = (keys: readonly MemberSession[]) => ({
  memberId: { in: unique(keys.map((key) => key.memberId)) },
  sessionId: { in: unique(keys.map((key) => key.sessionId)) },
});
const pairKey = (memberId: number, sessionId: number) => `${memberId}:${sessionId}`;

function createShopLoaders(db: Db): ShopLoaders {
  const sessions = new DataLoader<number, Session | null>(async (driveIds) => {
    const open = await db.session.findMany({
      where: { driveId: { in: unique([...driveIds]) }, status: "open" },
      orderBy: { opensAt: "desc" },
    });
    return driveIds.map((driveId) => {
      const session = open.find((row) => row.driveId === driveId);
      return session ? { ...session } : null;
    });
  }, batch);

  const offers = new DataLoader<number, OfferDetail | null>(async (offerIds) => {
    const rows = await db.offer.findMany({
      where: { id: { in: unique([...offerIds]) } },
      select: offerSelect,
    });
    const byId = new Map(rows.map((row) => [row.id, row]));
    return offerIds.map((id) => {
      const row = byId.get(id);
      return row ? toOfferDetail(row) : null;
    });
  }, batch);

  const cartLines = new DataLoader<MemberSession, { offerId: number; steps: number }[]>(
    async (keys) => {
      const lines = await db.cartLine.findMany({
        where: pairsOf(keys),
        select: { memberId: true, sessionId: true, offerId: true, steps: true },
        orderBy: { id: "asc" },
      });
      return keys.map((key) =>
        lines
          .filter((line) => line.memberId === key.memberId && line.sessionId === key.sessionId)
          .map((line) => ({ offerId: line.offerId, steps: line.steps })),
      );
    },
    batch,
  );

  const confirmed = new DataLoader<MemberSession, Map<number, number>>(async (keys) => {
    const orders = await db.order.findMany({
      where: { ...pairsOf(keys), status: "confirmed" },
      select: {
        memberId: true,
        sessionId: true,
        lines: { select: { offerId: true, steps: true } },
      },
    });
    const byPair = new Map(
      orders.map((order) => [pairKey(order.memberId, order.sessionId), order]),
    );
    return keys.map((key) => {
      const order = byPair.get(pairKey(key.memberId, key.sessionId));
      return new Map((order?.lines ?? []).map((line) => [line.offerId, line.steps]));
    });
  }, batch);

  const sessionOrders = new DataLoader<MemberSession, OrderDetail | null>(async (keys) => {
    const orders = await db.order.findMany({
      where: pairsOf(keys),
      select: { ...orderDetailSelect, sessionId: true },
    });
    const byPair = new Map(
      orders.map((order) => [pairKey(order.memberId, order.sessionId), order]),
    );
    return keys.map((key) => {
      const found = byPair.get(pairKey(key.memberId, key.sessionId));
      if (!found) return null;
      const { sessionId: _sessionId, ...order } = structuredClone(found);
      return order;
    });
  }, batch);

  const credits = new DataLoader<number, number>(async (memberIds) => {
    const sums = await db.credit.groupBy({
      by: ["memberId"],
      where: { memberId: { in: unique([...memberIds]) }, usedAt: null },
      _sum: { amountCents: true },
    });
    const byMember = new Map(sums.map((sum) => [sum.memberId, sum._sum.amountCents ?? 0]));
    return memberIds.map((id) => byMember.get(id) ?? 0);
  }, batch);

  return {
    openSession: (driveId) => sessions.load(driveId),
    async cart(memberId, sessionId) {
      const lines = await cartLines.load({ memberId, sessionId });
      const details = await Promise.all(lines.map((line) => offers.load(line.offerId)));
      const byId = new Map(lines.map((line, index) => [line.offerId, details[index]]));
      return toCartEntries(lines, (offerId) => byId.get(offerId));
    },
    ordered: (memberId, sessionId) => confirmed.load({ memberId, sessionId }),
    offer: (offerId) => offers.load(offerId),
    sessionOrder: (memberId, sessionId) => sessionOrders.load({ memberId, sessionId }),
    availableCredits: (memberId) => credits.load(memberId),
  };
}
