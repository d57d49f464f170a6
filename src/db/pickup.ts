import { amountDueOf } from "../domain/order-balance.ts";
import { foldForSearch } from "../domain/order-balance.ts";
import type { Tx } from "./client.ts";
import { orderBalanceSelect } from "./order-selects.ts";

export type OrderMatch = { id: number; code: string; crateNumber: number | null; name: string };

/**
 * The orders of a session matching what a volunteer typed: an order code, a crate
 * number, or part of a name (case and accents ignored). A session holds a few hundred
 * orders at most, so names are matched here rather than with provider-specific SQL.
 */
export async function searchSessionOrders(
  db: Tx,
  sessionId: number,
  query: { code?: string; crateNumber?: number; name?: string },
): Promise<OrderMatch[]> {
  const rows = await db.order.findMany({
    where: { sessionId, status: { not: "cancelled" } },
    select: {
      id: true,
      code: true,
      crateNumber: true,
      member: { select: { crateName: true, firstName: true } },
    },
    orderBy: { crateNumber: "asc" },
  });
  const matches = rows.map((row) => ({
    id: row.id,
    code: row.code,
    crateNumber: row.crateNumber,
    name: row.member.crateName || row.member.firstName,
    firstName: row.member.firstName,
  }));
  const pick = (list: typeof matches) => list.map(({ firstName: _firstName, ...match }) => match);
  if (query.code !== undefined) {
    const byCode = matches.filter((match) => match.code === query.code);
    if (byCode.length > 0) return pick(byCode);
  }
  if (query.crateNumber !== undefined) {
    return pick(matches.filter((match) => match.crateNumber === query.crateNumber));
  }
  if (query.name === undefined) return [];
  const wanted = foldForSearch(query.name);
  if (wanted === "") return [];
  return pick(
    matches.filter(
      (match) =>
        foldForSearch(match.name).includes(wanted) ||
        foldForSearch(match.firstName).includes(wanted),
    ),
  );
}

/** Confirmed → collected, once: a second press or a second volunteer changes nothing. */
export async function markOrderCollected(db: Tx, orderId: number, now: Date): Promise<boolean> {
  const { count } = await db.order.updateMany({
    where: { id: orderId, status: "confirmed" },
    data: { status: "collected", collectedAt: now },
  });
  return count === 1;
}

export type ReportOrder = { id: number; code: string; crateNumber: number | null; name: string };

export type PickupReport = {
  notCollected: ReportOrder[];
  unpaid: (ReportOrder & { dueCents: number })[];
  unpaidTotalCents: number;
};

/**
 * The end-of-pickup list: crates still on the shelf and orders not fully paid. What is
 * due is a difference per order (an overpaid order must not hide another's debt), so it
 * is worked out per row from the stored amounts.
 */
export async function buildPickupReport(db: Tx, sessionId: number): Promise<PickupReport> {
  const rows = await db.order.findMany({
    where: { sessionId, status: { not: "cancelled" } },
    select: {
      ...orderBalanceSelect,
      member: { select: { crateName: true, firstName: true } },
    },
    orderBy: [{ crateNumber: "asc" }, { code: "asc" }],
  });
  const orders = rows.map((row) => ({
    ...row,
    name: row.member.crateName || row.member.firstName,
    dueCents: amountDueOf(row),
  }));
  const brief = (row: (typeof orders)[number]) => ({
    id: row.id,
    code: row.code,
    crateNumber: row.crateNumber,
    name: row.name,
  });
  const unpaid = orders.filter((row) => row.dueCents > 0);
  return {
    notCollected: orders.filter((row) => row.status === "confirmed").map(brief),
    unpaid: unpaid.map((row) => ({ ...brief(row), dueCents: row.dueCents })),
    unpaidTotalCents: unpaid.reduce((sum, row) => sum + row.dueCents, 0),
  };
}
