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

/**
 * Every update reads the drive, which changes a few times a year (the schedule). The row
 * is kept in memory this long, per client; updateDriveSchedule forgets it at once.
 */
export const driveCacheMs = 5_000;

const cachedDrives = new WeakMap<object, Map<number, { drive: Drive; until: number }>>();
// Bumped by every forget, so that a read begun before a change is not kept after it.
let generation = 0;

/** The drive as findDrive gives it, read at most once every `driveCacheMs` (real time). */
export async function findDriveCached(db: Tx, driveId: number): Promise<Drive> {
  const byId = cachedDrives.get(db) ?? new Map<number, { drive: Drive; until: number }>();
  cachedDrives.set(db, byId);
  const at = performance.now();
  const hit = byId.get(driveId);
  if (hit && hit.until > at) return hit.drive;
  const readFrom = generation;
  const drive = await findDrive(db, driveId);
  if (readFrom === generation) byId.set(driveId, { drive, until: at + driveCacheMs });
  return drive;
}

/** After a change to the drive's row: the next update reads it again. */
export function forgetCachedDrive(db: Tx, driveId: number): void {
  generation += 1;
  cachedDrives.get(db)?.delete(driveId);
}
