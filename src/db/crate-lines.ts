import type { Tx } from "./client.ts";
// The SQL template helpers are the same runtime functions in both generated clients.
import { Prisma } from "./generated/sqlite/client.ts";

/** The integer columns of an order line that can be read packed. */
export type LineColumn =
  | "id"
  | "offerId"
  | "producerId"
  | "steps"
  | "unitPriceCents"
  | "totalCents"
  | "missingSteps"
  | "damagedSteps";

/**
 * An order's lines as one flat list of numbers, ordered by farm then line: the columns asked
 * for, in their order, for the first line, then for the next one. With `column =
 * columnPositions(columns)`, a line starting at `start` has its steps at
 * `values[start + column.steps]`. One array per order rather than one object per line: the
 * callers build their own line objects straight from it, which takes about 25 ms for 100,000
 * lines where going through an object per line took about 40.
 */
export type PackedLines = number[];

export type CrateLines = {
  orderId: number;
  code: string;
  /** The member's crate name, else their first name. */
  crateName: string;
  values: PackedLines;
};

export type CrateLinesFilter = {
  sessionId: number;
  orderId?: number;
  status: { in: string[] } | { not: string };
};

/** Where each column sits within a packed line. */
export function columnPositions<C extends LineColumn>(columns: readonly C[]): Record<C, number> {
  return Object.fromEntries(columns.map((column, index) => [column, index])) as Record<C, number>;
}

/**
 * The lines of each order of a session that has lines, with the integer `columns` asked for.
 * Prisma spends about as long on each row as on each query (its client converts every value),
 * so reading 100,000 lines one row each costs seconds; here the database packs each order's
 * lines into one text (`string_agg`, in SQLite since 3.44 and in PostgreSQL) and ten times
 * fewer rows cross over. Only integers are packed, so the separators cannot occur in the
 * values.
 */
export async function listCrateLines(
  db: Tx,
  filter: CrateLinesFilter,
  columns: readonly LineColumn[],
): Promise<CrateLines[]> {
  const rows = await db.$queryRaw<
    {
      orderId: number | bigint;
      code: string;
      crateName: string;
      firstName: string;
      lines: string | null;
    }[]
  >`
    SELECT o."id" AS "orderId", o."code" AS "code", m."crateName" AS "crateName",
      m."firstName" AS "firstName", ${packedLinesOf(columns)} AS "lines"
    FROM "Order" o
    JOIN "Member" m ON m."id" = o."memberId"
    WHERE ${ordersOf(filter)}`;
  const crates: CrateLines[] = [];
  for (const row of rows) {
    if (row.lines === null) continue;
    crates.push({
      orderId: Number(row.orderId),
      code: row.code,
      crateName: row.crateName || row.firstName,
      values: unpack(row.lines),
    });
  }
  return crates;
}

/** What a crate ticket shows of the member who ordered. */
export type CrateMember = {
  id: number;
  telegramId: bigint;
  firstName: string;
  crateName: string;
  language: string;
  membershipPaidAt: Date | null;
  membershipFeeCents: number;
};

/** An order's balance columns (as orderBalanceSelect) and its member. */
export type CrateOrder = {
  id: number;
  code: string;
  crateNumber: number | null;
  status: string;
  totalCents: number;
  adjustmentCents: number;
  creditUsedCents: number;
  paidCents: number;
  member: CrateMember;
};

export type OrderCrate = {
  order: CrateOrder;
  /** Whether the member collected an order of another session before. */
  collectedBefore: boolean;
  /** Empty for an order without lines. */
  values: PackedLines;
};

type OrderCrateRow = Omit<CrateOrder, "member"> & {
  memberId: number;
  telegramId: bigint;
  firstName: string;
  crateName: string;
  language: string;
  membershipPaidAt: Date | null;
  membershipFeeCents: number;
  collectedBefore: boolean | number | bigint;
  lines: string | null;
};

/**
 * Every order matching `filter`, by crate number then code, with its balance columns, its
 * member and its packed lines, in one query: reading the orders and members through Prisma
 * as well would convert their 10,000 rows a second time at the size of a big session.
 */
export async function listOrderCrates(
  db: Tx,
  filter: CrateLinesFilter,
  columns: readonly LineColumn[],
): Promise<OrderCrate[]> {
  const rows = await db.$queryRaw<OrderCrateRow[]>`
    SELECT o."id", o."code", o."crateNumber", o."status", o."totalCents", o."adjustmentCents",
      o."creditUsedCents", o."paidCents", m."id" AS "memberId", m."telegramId", m."firstName",
      m."crateName", m."language", m."membershipPaidAt", m."membershipFeeCents",
      EXISTS (
        SELECT 1 FROM "Order" c
        WHERE c."memberId" = o."memberId" AND c."status" = 'collected'
          AND c."sessionId" <> o."sessionId"
      ) AS "collectedBefore",
      ${packedLinesOf(columns)} AS "lines"
    FROM "Order" o
    JOIN "Member" m ON m."id" = o."memberId"
    WHERE ${ordersOf(filter)}
    ORDER BY o."crateNumber" ASC, o."code" ASC`;
  return rows.map((row) => ({
    order: {
      id: Number(row.id),
      code: row.code,
      crateNumber: row.crateNumber === null ? null : Number(row.crateNumber),
      status: row.status,
      totalCents: Number(row.totalCents),
      adjustmentCents: Number(row.adjustmentCents),
      creditUsedCents: Number(row.creditUsedCents),
      paidCents: Number(row.paidCents),
      member: {
        id: Number(row.memberId),
        telegramId: BigInt(row.telegramId),
        firstName: row.firstName,
        crateName: row.crateName,
        language: row.language,
        membershipPaidAt: row.membershipPaidAt === null ? null : new Date(row.membershipPaidAt),
        membershipFeeCents: Number(row.membershipFeeCents),
      },
    },
    // A boolean on PostgreSQL, 0 or 1 on SQLite.
    collectedBefore: Boolean(row.collectedBefore),
    values: row.lines === null ? [] : unpack(row.lines),
  }));
}

/** The filter as a condition on the orders `o` of the query. */
function ordersOf(filter: CrateLinesFilter): Prisma.Sql {
  const status =
    "in" in filter.status
      ? Prisma.sql`o."status" IN (${Prisma.join(filter.status.in)})`
      : Prisma.sql`o."status" <> ${filter.status.not}`;
  const order =
    filter.orderId === undefined ? Prisma.empty : Prisma.sql`AND o."id" = ${filter.orderId}`;
  return Prisma.sql`o."sessionId" = ${filter.sessionId} AND ${status} ${order}`;
}

/**
 * The lines of the order `o` packed in one text, by farm then line, or NULL when it has none.
 * Each order packs its own lines through the index on their order (a correlated subquery):
 * on both databases that is faster than grouping the session's lines and joining the groups,
 * and PostgreSQL plans it the same way with or without statistics on freshly written tables.
 */
function packedLinesOf(columns: readonly LineColumn[]): Prisma.Sql {
  // Every column is NOT NULL, so concat_ws (SQLite 3.44, PostgreSQL) never skips a value.
  const line = `concat_ws(':', ${columns.map((c) => `l."${c}"`).join(", ")})`;
  return Prisma.raw(
    `(SELECT string_agg(${line}, ',' ORDER BY l."producerId", l."id")` +
      ` FROM "OrderLine" l WHERE l."orderId" = o."id")`,
  );
}

/** "1:2:3,4:5:6" → [1, 2, 3, 4, 5, 6] in one pass (split and Number cost 3× more). */
function unpack(text: string): PackedLines {
  const values: PackedLines = [];
  let value = 0;
  let sign = 1;
  for (let i = 0; i <= text.length; i++) {
    const code = i < text.length ? text.charCodeAt(i) : 44;
    if (code === 58 || code === 44) {
      values.push(sign * value);
      value = 0;
      sign = 1;
    } else if (code === 45) {
      sign = -1;
    } else {
      value = value * 10 + code - 48;
    }
  }
  return values;
}
