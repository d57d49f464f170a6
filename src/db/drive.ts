import type { Db, Tx } from "./client.ts";
import type { Drive } from "./generated/sqlite/client.ts";

export type { Drive };

/** The deployment's drive, created with its defaults on first start. */
export async function ensureDrive(
  db: Db,
  defaults: { name: string; timezone: string },
): Promise<Drive> {
  const existing = await db.drive.findFirst({ orderBy: { id: "asc" } });
  if (existing) return existing;
  return db.drive.create({ data: { name: defaults.name, timezone: defaults.timezone } });
}

export async function findDrive(db: Tx, driveId: number): Promise<Drive> {
  return db.drive.findUniqueOrThrow({ where: { id: driveId } });
}
