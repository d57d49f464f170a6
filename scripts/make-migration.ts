// Writes a new migration for each provider from the change between the last
// migration's schema snapshot and the current schema:
//   npm run db:migrations -- <name>
import { existsSync, mkdirSync, readdirSync, writeFileSync, copyFileSync } from "node:fs";
import { join } from "node:path";
import { derivePostgresSchema, sqliteSchemaPath } from "./prisma-schemas.ts";
import { diffFromEmpty, diffSchemas, type Provider } from "./prisma-cli.ts";

const name = process.argv[2];
if (!name || !/^[a-z0-9_]+$/.test(name)) {
  console.error("usage: npm run db:migrations -- <name in snake_case>");
  process.exit(2);
}

const schemas: Record<Provider, string> = {
  sqlite: sqliteSchemaPath,
  postgresql: derivePostgresSchema(),
};

for (const provider of ["sqlite", "postgresql"] as const) {
  const dir = join("prisma", "migrations", provider);
  mkdirSync(dir, { recursive: true });
  const existing = readdirSync(dir)
    .filter((entry) => /^\d{4}_/.test(entry))
    .sort();
  const last = existing.at(-1);
  const snapshot = last ? join(dir, last, "schema.prisma") : undefined;
  const sql =
    snapshot && existsSync(snapshot)
      ? diffSchemas(snapshot, schemas[provider])
      : diffFromEmpty(schemas[provider]);
  if (sql.includes("This is an empty migration")) {
    console.log(`${provider}: no change`);
    continue;
  }
  const next = String(existing.length + 1).padStart(4, "0");
  const target = join(dir, `${next}_${name}`);
  mkdirSync(target);
  writeFileSync(join(target, "migration.sql"), sql);
  copyFileSync(schemas[provider], join(target, "schema.prisma"));
  console.log(`${provider}: wrote ${target}`);
}
