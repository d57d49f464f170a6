import type { Audience } from "../domain/values.ts";
import type { Prisma, Tx } from "./client.ts";

export type Recipient = { memberId: number; telegramId: bigint; language: string };

const reachable = { erasedAt: null, unreachableAt: null } as const;

// Customers agreed to be written to (consentAt) and may stop the newsletter; members who
// hold a working role (producer, volunteer, coordinator) are reached by "everyone" through
// that role even without the customer consent.
const workingRole: Prisma.MemberWhereInput[] = [
  { isProducer: true },
  { isVolunteer: true },
  { isCoordinator: true },
];

/**
 * Who an announcement to `audience` reaches. "everyone" and "customers" are like the
 * newsletter and respect the opt-out; producers, volunteers and the customers of the current
 * session get working messages, sent even to those who stopped the newsletter.
 */
export function audienceWhere(
  driveId: number,
  audience: Audience,
  sessionId: number | null,
): Prisma.MemberWhereInput {
  const base = { driveId, ...reachable };
  switch (audience) {
    case "everyone":
      return { ...base, newsletterOptIn: true, OR: [{ consentAt: { not: null } }, ...workingRole] };
    case "customers":
      return { ...base, newsletterOptIn: true, isCustomer: true, consentAt: { not: null } };
    case "producers":
      return { ...base, isProducer: true };
    case "volunteers":
      return { ...base, OR: [{ isVolunteer: true }, { isCoordinator: true }] };
    case "session_customers":
      return {
        ...base,
        orders: { some: { sessionId: sessionId ?? -1, status: { not: "cancelled" } } },
      };
  }
}

export async function findAudience(
  db: Tx,
  driveId: number,
  audience: Audience,
  sessionId: number | null,
): Promise<Recipient[]> {
  return findRecipients(db, audienceWhere(driveId, audience, sessionId));
}

export async function findRecipients(db: Tx, where: Prisma.MemberWhereInput): Promise<Recipient[]> {
  const rows = await db.member.findMany({
    where,
    select: { id: true, telegramId: true, language: true },
    orderBy: { id: "asc" },
  });
  return rows.map((row) => ({
    memberId: row.id,
    telegramId: row.telegramId,
    language: row.language,
  }));
}

export async function countAudience(
  db: Tx,
  driveId: number,
  audience: Audience,
  sessionId: number | null,
): Promise<number> {
  return db.member.count({ where: audienceWhere(driveId, audience, sessionId) });
}

/** The newsletter goes to members who consented and did not stop it. */
export async function findNewsletterAudience(db: Tx, driveId: number): Promise<Recipient[]> {
  return findRecipients(db, {
    driveId,
    ...reachable,
    newsletterOptIn: true,
    consentAt: { not: null },
  });
}
