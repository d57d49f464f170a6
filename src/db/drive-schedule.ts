import { nextSessionTimes, type WeeklySchedule } from "../domain/calendar.ts";
import type { Db, Tx } from "./client.ts";
import { forgetCachedDrive } from "./drive.ts";
import type { Drive } from "./generated/sqlite/client.ts";
import { slotsOf } from "./sessions.ts";

/** The weekly schedule stored on the drive, as the calendar rules read it. */
export function scheduleOf(drive: Drive): WeeklySchedule {
  return {
    timezone: drive.timezone,
    openWeekday: drive.openWeekday,
    openTime: drive.openTime,
    closeWeekday: drive.closeWeekday,
    closeTime: drive.closeTime,
    pickupWeekday: drive.pickupWeekday,
    pickupStartTime: drive.pickupStartTime,
    pickupEndTime: drive.pickupEndTime,
    closingReminderWeekday: drive.closingReminderWeekday,
    closingReminderTime: drive.closingReminderTime,
    pickupReminderTime: drive.pickupReminderTime,
  };
}

export type ScheduleChange = Partial<Omit<WeeklySchedule, "timezone">>;

/**
 * Saves a checked schedule and moves the next session not open yet to it, so the coming
 * opening follows the new times. Open and closed sessions keep theirs: customers were told.
 */
export async function updateDriveSchedule(
  db: Db,
  driveId: number,
  change: ScheduleChange,
  now: Date,
): Promise<Drive> {
  try {
    return await saveSchedule(db, driveId, change, now);
  } finally {
    forgetCachedDrive(db, driveId);
  }
}

async function saveSchedule(
  db: Db,
  driveId: number,
  change: ScheduleChange,
  now: Date,
): Promise<Drive> {
  return db.$transaction(async (tx) => {
    const drive = await tx.drive.update({ where: { id: driveId }, data: change });
    const upcoming = await tx.session.findFirst({
      where: { driveId, status: "scheduled" },
      orderBy: { opensAt: "asc" },
      select: { id: true },
    });
    if (!upcoming) return drive;
    const open = await tx.session.findFirst({
      where: { driveId, status: "open" },
      select: { closesAt: true },
    });
    const from = open && open.closesAt > now ? open.closesAt : now;
    const times = nextSessionTimes(scheduleOf(drive), from);
    const clash = await tx.session.findFirst({
      where: { driveId, opensAt: times.opensAt, id: { not: upcoming.id } },
      select: { id: true },
    });
    if (clash) return drive;
    await tx.session.update({ where: { id: upcoming.id }, data: times });
    await moveSlots(tx, upcoming.id, driveId, times);
    return drive;
  });
}

// Slots holding an order stay as they are (that customer chose them); the others are made
// again over the new pickup window.
async function moveSlots(
  tx: Tx,
  sessionId: number,
  driveId: number,
  times: Parameters<typeof slotsOf>[0],
): Promise<void> {
  await tx.pickupSlot.deleteMany({ where: { sessionId, orders: { none: {} } } });
  const kept = await tx.pickupSlot.findMany({
    where: { sessionId },
    select: { pickupPointId: true, startsAt: true },
  });
  const keptKeys = new Set(kept.map((slot) => `${slot.pickupPointId}|${slot.startsAt.getTime()}`));
  const points = await tx.pickupPoint.findMany({ where: { driveId, active: true } });
  await tx.pickupSlot.createMany({
    data: points.flatMap((point) =>
      slotsOf(times, point.slotMinutes)
        .filter((slot) => !keptKeys.has(`${point.id}|${slot.startsAt.getTime()}`))
        .map((slot) => ({ sessionId, pickupPointId: point.id, ...slot })),
    ),
  });
}
