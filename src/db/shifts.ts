import { foldForSearch } from "../domain/order-balance.ts";
import type { Tx } from "./client.ts";

export const shiftTasks = ["packing", "pickup", "other"] as const;
export type ShiftTask = (typeof shiftTasks)[number];

export type MemberMatch = { id: number; name: string; producerName: string | null };

/** Members whose name, crate name or username contains `query` (case and accents ignored). */
export async function searchMembersByName(
  db: Tx,
  driveId: number,
  query: string,
): Promise<MemberMatch[]> {
  const wanted = foldForSearch(query);
  if (wanted === "") return [];
  const members = await db.member.findMany({
    where: { driveId, erasedAt: null },
    select: {
      id: true,
      firstName: true,
      crateName: true,
      username: true,
      producer: { select: { name: true } },
    },
    orderBy: { crateName: "asc" },
  });
  return members
    .filter((member) =>
      [member.firstName, member.crateName, member.username ?? ""].some((name) =>
        foldForSearch(name).includes(wanted),
      ),
    )
    .map((member) => ({
      id: member.id,
      name: member.crateName || member.firstName,
      producerName: member.producer?.name ?? null,
    }));
}

export type ShiftInput = {
  driveId: number;
  memberId: number;
  /** The calendar day, stored at 12:00 UTC like `npm run cli -- shift add`. */
  day: Date;
  task: ShiftTask;
  recordedById: number;
};

export type ShiftResult =
  { ok: true; name: string } | { ok: false; reason: "not_found" | "duplicate" };

/** Records a volunteer's help; the same member, day and task twice is refused. */
export async function recordShift(db: Tx, input: ShiftInput): Promise<ShiftResult> {
  const member = await db.member.findFirst({
    where: { id: input.memberId, driveId: input.driveId, erasedAt: null },
    select: { crateName: true, firstName: true },
  });
  if (!member) return { ok: false, reason: "not_found" };
  const existing = await db.shift.count({
    where: { memberId: input.memberId, day: input.day, task: input.task },
  });
  if (existing > 0) return { ok: false, reason: "duplicate" };
  await db.shift.create({
    data: {
      memberId: input.memberId,
      day: input.day,
      task: input.task,
      recordedById: input.recordedById,
    },
  });
  return { ok: true, name: member.crateName || member.firstName };
}

export type RecentShift = { day: Date; task: string; name: string; producerName: string | null };

export async function listRecentShifts(db: Tx, driveId: number, take = 10): Promise<RecentShift[]> {
  const rows = await db.shift.findMany({
    where: { member: { driveId } },
    select: {
      day: true,
      task: true,
      member: {
        select: { crateName: true, firstName: true, producer: { select: { name: true } } },
      },
    },
    orderBy: [{ day: "desc" }, { id: "desc" }],
    take,
  });
  return rows.map((row) => ({
    day: row.day,
    task: row.task,
    name: row.member.crateName || row.member.firstName,
    producerName: row.member.producer?.name ?? null,
  }));
}

/** The days each farm's people helped, from `since` on, for the commission rate. */
export async function listShiftDaysByProducer(
  db: Tx,
  producerIds: number[],
  since: Date,
): Promise<Map<number, Date[]>> {
  const rows = await db.shift.findMany({
    where: { day: { gte: since }, member: { producerId: { in: producerIds } } },
    select: { day: true, member: { select: { producerId: true } } },
  });
  const days = new Map<number, Date[]>();
  for (const row of rows) {
    const id = row.member.producerId!;
    days.set(id, [...(days.get(id) ?? []), row.day]);
  }
  return days;
}

/** A member's display name, or null when they are not in the drive. */
export async function findMemberName(
  db: Tx,
  driveId: number,
  memberId: number,
): Promise<string | null> {
  const member = await db.member.findFirst({
    where: { id: memberId, driveId, erasedAt: null },
    select: { crateName: true, firstName: true },
  });
  return member ? member.crateName || member.firstName : null;
}
