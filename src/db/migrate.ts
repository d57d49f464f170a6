import { mkdirSync, readdirSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import Database from "better-sqlite3";
import pg from "pg";
import { providerOf, type Provider } from "./client.ts";

const migrationsRoot = join(dirname(fileURLToPath(import.meta.url)), "../../prisma/migrations");

type Migration = { name: string; sql: string };

/** The committed migrations of one provider, in order. */
export function listMigrations(provider: Provider): Migration[] {
  const dir = join(migrationsRoot, provider);
  return readdirSync(dir)
    .filter((name) => /^\d{4}_[a-z0-9_]+$/.test(name))
    .sort()
    .map((name) => ({ name, sql: readFileSync(join(dir, name, "migration.sql"), "utf8") }));
}

/**
 * Applies the committed SQL migrations not applied yet, each in its own
 * transaction, and returns their names. Prisma's `migrate deploy` is not used:
 * it fails on PostgreSQL through the driver adapter (docs/decisions).
 */
export async function applyMigrations(url: string): Promise<string[]> {
  const migrations = listMigrations(providerOf(url));
  return providerOf(url) === "sqlite"
    ? applySqlite(url, migrations)
    : applyPostgres(url, migrations);
}

function applySqlite(url: string, migrations: Migration[]): string[] {
  const path = url.replace(/^file:/, "");
  if (path !== ":memory:") mkdirSync(dirname(path), { recursive: true });
  const db = new Database(path, { timeout: 10_000 });
  try {
    db.pragma("journal_mode = WAL");
    db.exec(`CREATE TABLE IF NOT EXISTS "_drive_migrations" (
      "name" TEXT PRIMARY KEY, "appliedAt" TEXT NOT NULL)`);
    const applied: string[] = [];
    for (const migration of migrations) {
      // BEGIN IMMEDIATE takes the write lock first, so two processes starting
      // together apply each migration once.
      const apply = db.transaction(() => {
        const done = db.prepare(`SELECT 1 FROM "_drive_migrations" WHERE "name" = ?`);
        if (done.get(migration.name)) return false;
        db.exec(migration.sql);
        db.prepare(`INSERT INTO "_drive_migrations" VALUES (?, ?)`).run(
          migration.name,
          new Date().toISOString(),
        );
        return true;
      });
      if (apply.immediate()) applied.push(migration.name);
    }
    return applied;
  } finally {
    db.close();
  }
}

async function applyPostgres(url: string, migrations: Migration[]): Promise<string[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(`CREATE TABLE IF NOT EXISTS "_drive_migrations" (
      "name" TEXT PRIMARY KEY, "appliedAt" TIMESTAMPTZ NOT NULL DEFAULT now())`);
    const applied: string[] = [];
    for (const migration of migrations) {
      await client.query("BEGIN");
      try {
        // One migrator at a time across processes, released at commit.
        await client.query("SELECT pg_advisory_xact_lock(4242)");
        const done = await client.query(`SELECT 1 FROM "_drive_migrations" WHERE "name" = $1`, [
          migration.name,
        ]);
        if (done.rowCount === 0) {
          await client.query(migration.sql);
          await client.query(`INSERT INTO "_drive_migrations" ("name") VALUES ($1)`, [
            migration.name,
          ]);
          applied.push(migration.name);
        }
        await client.query("COMMIT");
      } catch (error) {
        await client.query("ROLLBACK");
        throw new Error(`migration ${migration.name} failed`, { cause: error });
      }
    }
    return applied;
  } finally {
    await client.end();
  }
}
