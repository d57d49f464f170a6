import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { defineConfig } from "prisma/config";

// The Prisma CLI (generate, migrate diff) runs offline with the JavaScript
// schema engine and a driver adapter; see docs/decisions/0001-prisma-6-19.md.
// Diffs between schemas need no database: an in-memory one serves, and works
// on a fresh clone where ./data does not exist yet.
const url = process.env.PRISMA_CLI_DATABASE_URL ?? ":memory:";
// Without a DATABASE_URL the CLI falls back to downloading native engines.
process.env.DATABASE_URL ??= "file:./data/prisma-cli.db";

export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  schema: "prisma/schema.prisma",
  adapter: async () => new PrismaBetterSQLite3({ url }),
});
