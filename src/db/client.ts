import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient as PostgresClient } from "./generated/postgres/client.ts";
import { PrismaClient } from "./generated/sqlite/client.ts";
import { createSqliteAdapter } from "./sqlite-adapter.ts";

export type { Prisma } from "./generated/sqlite/client.ts";

/**
 * The database client. Both generated clients come from the same models, so
 * the SQLite client's type describes the PostgreSQL one as well.
 */
export type Db = PrismaClient;

/** What a function may run its queries on: the client or an open transaction. */
export type Tx = Omit<Db, "$connect" | "$disconnect" | "$on" | "$transaction" | "$extends">;

export type Provider = "sqlite" | "postgresql";

export function providerOf(url: string): Provider {
  return url.startsWith("file:") ? "sqlite" : "postgresql";
}

const providers = new WeakMap<object, Provider>();

/** The provider behind a client opened by `openDatabase`, for the rare provider-specific query. */
export function providerOfClient(db: Tx): Provider {
  return providers.get(db) ?? "sqlite";
}

// Prisma's defaults (2 s to get a connection, 5 s to finish) fail interactive
// transactions when several processes share the database and wait for its locks.
const transactionOptions = { maxWait: 10_000, timeout: 20_000 };

/** Opens the database named by `url` (file:… for SQLite, postgresql://… otherwise). */
export async function openDatabase(url: string): Promise<Db> {
  if (providerOf(url) === "postgresql") {
    const adapter = new PrismaPg({ connectionString: url, max: 10 });
    const db = new PostgresClient({ adapter, transactionOptions }) as unknown as Db;
    providers.set(db, "postgresql");
    return db;
  }

  const adapter = createSqliteAdapter(url);
  const db = new PrismaClient({ adapter, transactionOptions });
  providers.set(db, "sqlite");
  await db.$queryRawUnsafe("PRAGMA journal_mode = WAL");
  await db.$queryRawUnsafe("PRAGMA synchronous = NORMAL");
  await db.$queryRawUnsafe("PRAGMA foreign_keys = ON");
  return db;
}
