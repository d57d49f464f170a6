import { readFileSync, writeFileSync } from "node:fs";

/** The hand-written schema; every other schema is derived from it. */
export const sqliteSchemaPath = "prisma/schema.prisma";

/** Derived for PostgreSQL; ignored by git, rewritten by `deriveSchemas`. */
export const postgresSchemaPath = "prisma/schema.postgres.prisma";

/** Writes the PostgreSQL copy of the schema: same models, other provider and output. */
export function derivePostgresSchema(): string {
  const source = readFileSync(sqliteSchemaPath, "utf8");
  const derived = source
    .replace('provider = "sqlite"', 'provider = "postgresql"')
    .replace("generated/sqlite", "generated/postgres");
  if (derived === source) throw new Error(`${sqliteSchemaPath}: provider or output not found`);
  const header =
    "// Derived from prisma/schema.prisma by scripts/prisma-schemas.ts. Do not edit.\n";
  writeFileSync(postgresSchemaPath, header + derived);
  return postgresSchemaPath;
}
