import { execFileSync } from "node:child_process";

export type Provider = "sqlite" | "postgresql";

// The CLI needs a DATABASE_URL even for commands that never connect; without
// one it tries to download native engines. `generate` wants a URL of the
// schema's provider, while `migrate diff` goes through the SQLite adapter of
// prisma.config.ts and wants a file URL whatever the schema's provider.
const placeholderUrls: Record<Provider, string> = {
  sqlite: "file:./data/prisma-cli.db",
  postgresql: "postgresql://localhost:5432/prisma-cli",
};

/** Runs the local Prisma CLI offline and returns what it printed on stdout. */
export function runPrisma(provider: Provider, args: string[]): string {
  return execFileSync("npx", ["--no-install", "prisma", ...args], {
    encoding: "utf8",
    env: { ...process.env, DATABASE_URL: placeholderUrls[provider] },
    stdio: ["ignore", "pipe", "pipe"],
  });
}

/** The SQL that builds `schemaPath` from an empty database. */
export function diffFromEmpty(schemaPath: string): string {
  return runPrisma("sqlite", [
    "migrate",
    "diff",
    "--from-empty",
    "--to-schema-datamodel",
    schemaPath,
    "--script",
  ]);
}

/** The SQL that turns the `from` schema into the `to` schema. */
export function diffSchemas(from: string, to: string): string {
  return runPrisma("sqlite", [
    "migrate",
    "diff",
    "--from-schema-datamodel",
    from,
    "--to-schema-datamodel",
    to,
    "--script",
  ]);
}
