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

export type CrateLines<C extends LineColumn> = {
  orderId: number;
  code: string;
  /** The member's crate name, else their first name. */
  crateName: string;
  lines: Record<C, number>[];
};

export type CrateLinesFilter = {
  sessionId: number;
  orderId?: number;
  status: { in: string[] } | { not: string };
};

/**
 * The lines of each order of a session, one row per order that has lines, ordered by farm
 * then line, with the integer `columns` asked for. Prisma spends about as long on each row
 * as on each query (its client converts every value), so reading 100,000 lines one row
 * each costs seconds; here the database packs each order's lines into one text
 * (`string_agg`, in SQLite since 3.44 and in PostgreSQL) and ten times fewer rows cross
 * over. Only integers are packed, so the separators cannot occur in the values.
 */
export async function listCrateLines<C extends LineColumn>(
  db: Tx,
  filter: CrateLinesFilter,
  columns: readonly C[],
): Promise<CrateLines<C>[]> {
  // Every column is NOT NULL, so concat_ws (SQLite 3.44, PostgreSQL) never skips a value.
  const packed = Prisma.raw(`concat_ws(':', ${columns.map((c) => `l."${c}"`).join(", ")})`);
  const status =
    "in" in filter.status
      ? Prisma.sql`"status" IN (${Prisma.join(filter.status.in)})`
      : Prisma.sql`"status" <> ${filter.status.not}`;
  const order =
    filter.orderId === undefined ? Prisma.empty : Prisma.sql`AND "id" = ${filter.orderId}`;
  // Lines grouped on their own before the join: the wide rows of the join are never sorted.
  const rows = await db.$queryRaw<
    {
      orderId: number | bigint;
      code: string;
      crateName: string;
      firstName: string;
      lines: string;
    }[]
  >`
    SELECT o."id" AS "orderId", o."code" AS "code", m."crateName" AS "crateName",
      m."firstName" AS "firstName", p."lines" AS "lines"
    FROM (
      SELECT l."orderId", string_agg(${packed}, ',' ORDER BY l."producerId", l."id") AS "lines"
      FROM "OrderLine" l
      WHERE l."orderId" IN (
        SELECT "id" FROM "Order" WHERE "sessionId" = ${filter.sessionId} AND ${status} ${order})
      GROUP BY l."orderId"
    ) p
    JOIN "Order" o ON o."id" = p."orderId"
    JOIN "Member" m ON m."id" = o."memberId"`;
  return rows.map((row) => ({
    orderId: Number(row.orderId),
    code: row.code,
    crateName: row.crateName || row.firstName,
    lines: unpack(row.lines, columns),
  }));
}

/** "1:2:3,4:5:6" → lines; one pass over the characters (split and Number cost 3× more). */
function unpack<C extends LineColumn>(text: string, columns: readonly C[]): Record<C, number>[] {
  const lines: Record<C, number>[] = [];
  let line = {} as Record<C, number>;
  let column = 0;
  let value = 0;
  let sign = 1;
  for (let i = 0; i <= text.length; i++) {
    const code = i < text.length ? text.charCodeAt(i) : 44;
    if (code === 58 || code === 44) {
      line[columns[column++]!] = sign * value;
      value = 0;
      sign = 1;
      if (code === 44) {
        lines.push(line);
        line = {} as Record<C, number>;
        column = 0;
      }
    } else if (code === 45) {
      sign = -1;
    } else {
      value = value * 10 + code - 48;
    }
  }
  return lines;
}
