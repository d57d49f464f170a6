import { readdirSync } from "node:fs";
import { join } from "node:path";
import Database from "better-sqlite3";
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { applyMigrations } from "../../src/db/migrate.ts";
import { diffFromEmpty, diffSchemas, type Provider } from "../../scripts/prisma-cli.ts";
import { derivePostgresSchema, sqliteSchemaPath } from "../../scripts/prisma-schemas.ts";
import { createTestDatabase, type TestDatabase } from "../support/test-database.ts";

const emptyMigration = "This is an empty migration";
const server = process.env.TEST_POSTGRES_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";

function lastSnapshot(provider: Provider): string {
  const dir = join("prisma", "migrations", provider);
  const last = readdirSync(dir)
    .filter((name) => /^\d{4}_/.test(name))
    .sort()
    .at(-1);
  if (!last) throw new Error(`no migration in ${dir}`);
  return join(dir, last, "schema.prisma");
}

/** sqlite_master without our bookkeeping, each statement's whitespace normalised. */
function sqliteSchemaOf(path: string): string[] {
  const db = new Database(path, { readonly: true });
  try {
    const rows = db
      .prepare(
        `SELECT type, name, tbl_name, sql FROM sqlite_master
         WHERE name NOT LIKE 'sqlite_%' AND tbl_name <> '_drive_migrations'`,
      )
      .all() as { type: string; name: string; tbl_name: string; sql: string | null }[];
    return rows
      .map(
        (row) => `${row.type} ${row.name} ${row.tbl_name} ${(row.sql ?? "").replace(/\s+/g, " ")}`,
      )
      .sort();
  } finally {
    db.close();
  }
}

async function postgresReachable(): Promise<boolean> {
  const client = new pg.Client({ connectionString: server, connectionTimeoutMillis: 2000 });
  try {
    await client.connect();
    await client.end();
    return true;
  } catch {
    return false;
  }
}

async function postgresSchemaOf(url: string): Promise<string[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const columns = await client.query(
      `SELECT table_name, column_name, data_type, is_nullable, column_default
       FROM information_schema.columns
       WHERE table_schema = 'public' AND table_name <> '_drive_migrations'`,
    );
    const indexes = await client.query(
      `SELECT indexname, indexdef FROM pg_indexes
       WHERE schemaname = 'public' AND tablename <> '_drive_migrations'`,
    );
    const constraints = await client.query(
      `SELECT conname, pg_get_constraintdef(oid) AS def FROM pg_constraint
       WHERE connamespace = 'public'::regnamespace
         AND conrelid::regclass::text NOT LIKE '%_drive_migrations%'`,
    );
    return [
      ...columns.rows.map((row) => `column ${Object.values(row).join(" ")}`),
      ...indexes.rows.map((row) => `index ${row.indexname} ${row.indexdef}`),
      ...constraints.rows.map((row) => `constraint ${row.conname} ${row.def}`),
    ].sort();
  } finally {
    await client.end();
  }
}

describe("committed migrations", () => {
  const databases: TestDatabase[] = [];

  afterAll(async () => {
    for (const database of databases) await database.drop();
  });

  it("build on SQLite exactly the schema that prisma/schema.prisma describes", async () => {
    const saved = process.env.TEST_DATABASE;
    process.env.TEST_DATABASE = "sqlite";
    const migrated = await createTestDatabase();
    const expected = await createTestDatabase();
    process.env.TEST_DATABASE = saved;
    databases.push(migrated, expected);

    await applyMigrations(migrated.url);
    const script = diffFromEmpty(sqliteSchemaPath);
    const fresh = new Database(expected.url.replace(/^file:/, ""));
    fresh.exec(script);
    fresh.close();

    const schema = sqliteSchemaOf(migrated.url.replace(/^file:/, ""));
    expect(schema.length).toBeGreaterThan(20);
    expect(schema).toEqual(sqliteSchemaOf(expected.url.replace(/^file:/, "")));
  }, 60_000);

  it("end, for each provider, with a snapshot equal to the current schema", () => {
    const current: Record<Provider, string> = {
      sqlite: sqliteSchemaPath,
      postgresql: derivePostgresSchema(),
    };
    for (const provider of ["sqlite", "postgresql"] as const) {
      const diff = diffSchemas(lastSnapshot(provider), current[provider]);
      expect(diff, `${provider}: run npm run db:migrations -- <name>`).toContain(emptyMigration);
    }
  }, 60_000);

  it("build on PostgreSQL the same tables, columns and indexes as the schema", async (context) => {
    if (!(await postgresReachable())) context.skip();
    const saved = process.env.TEST_DATABASE;
    process.env.TEST_DATABASE = "postgresql";
    const migrated = await createTestDatabase();
    const expected = await createTestDatabase();
    process.env.TEST_DATABASE = saved;
    databases.push(migrated, expected);

    await applyMigrations(migrated.url);
    const script = diffFromEmpty(derivePostgresSchema());
    const client = new pg.Client({ connectionString: expected.url });
    await client.connect();
    try {
      await client.query(script);
    } finally {
      await client.end();
    }

    const schema = await postgresSchemaOf(migrated.url);
    expect(schema.length).toBeGreaterThan(100);
    expect(schema).toEqual(await postgresSchemaOf(expected.url));
  }, 60_000);
});
