import { randomBytes } from "node:crypto";
import type { Db, Tx } from "./client.ts";
import type { Member } from "./generated/sqlite/client.ts";

export type InvitationRole = "producer" | "coordinator" | "volunteer";

export const invitationLifetimeDays = 7;

/** A code of 12 URL-safe characters: far too many to guess, short enough for a link. */
function makeInvitationCode(): string {
  return randomBytes(9).toString("base64url");
}

export async function createInvitation(
  db: Tx,
  input: {
    driveId: number;
    role: InvitationRole;
    producerId?: number | null;
    createdById?: number | null;
    now: Date;
    lifetimeDays?: number;
  },
): Promise<{ code: string; expiresAt: Date }> {
  const days = input.lifetimeDays ?? invitationLifetimeDays;
  const expiresAt = new Date(input.now.getTime() + days * 24 * 3600_000);
  const code = makeInvitationCode();
  await db.invitation.create({
    data: {
      driveId: input.driveId,
      code,
      role: input.role,
      producerId: input.producerId ?? null,
      createdById: input.createdById ?? null,
      expiresAt,
    },
  });
  return { code, expiresAt };
}

export type RedeemResult =
  | { ok: true; role: InvitationRole; producerId: number | null; member: Member }
  | { ok: false; reason: "unknown" | "used" | "expired" };

/**
 * Uses an invitation for a member, once: the code is taken by a conditional
 * update, so two people opening the same link cannot both get the role.
 */
export async function redeemInvitation(
  db: Db,
  input: { driveId: number; code: string; memberId: number; now: Date },
): Promise<RedeemResult> {
  return db.$transaction(async (tx) => {
    const invitation = await tx.invitation.findUnique({ where: { code: input.code } });
    if (!invitation || invitation.driveId !== input.driveId)
      return { ok: false, reason: "unknown" };
    if (invitation.usedAt) return { ok: false, reason: "used" };
    if (invitation.expiresAt <= input.now) return { ok: false, reason: "expired" };
    const taken = await tx.invitation.updateMany({
      where: { id: invitation.id, usedAt: null },
      data: { usedAt: input.now, usedByMemberId: input.memberId },
    });
    if (taken.count !== 1) return { ok: false, reason: "used" };
    const role = invitation.role as InvitationRole;
    const member = await tx.member.update({
      where: { id: input.memberId },
      data:
        role === "producer"
          ? { isProducer: true, producerId: invitation.producerId }
          : role === "coordinator"
            ? { isCoordinator: true, isVolunteer: true }
            : { isVolunteer: true },
    });
    return { ok: true, role, producerId: invitation.producerId, member };
  });
}
