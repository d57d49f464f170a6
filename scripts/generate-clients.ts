// Generates the Prisma clients for SQLite and PostgreSQL (run by postinstall).
import { derivePostgresSchema, sqliteSchemaPath } from "./prisma-schemas.ts";
import { runPrisma } from "./prisma-cli.ts";

runPrisma("sqlite", ["generate", "--schema", sqliteSchemaPath]);
runPrisma("postgresql", ["generate", "--schema", derivePostgresSchema()]);
console.log("Prisma clients generated for sqlite and postgresql.");
