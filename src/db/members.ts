import type { Tx } from "./client.ts";
import type { Member } from "./generated/sqlite/client.ts";

export type { Member };

export type TelegramProfile = {
  telegramId: bigint;
  firstName: string;
  lastName?: string | undefined;
  username?: string | undefined;
  language: "fr" | "en";
};

/** The members of these Telegram users, in one query. */
export async function findMembersByTelegramIds(
  db: Tx,
  driveId: number,
  telegramIds: bigint[],
): Promise<Map<bigint, Member>> {
  const members = await db.member.findMany({
    where: { driveId, telegramId: { in: [...new Set(telegramIds)] } },
  });
  return new Map(members.map((member) => [member.telegramId, member]));
}

/** Finds the member for a Telegram user, creating a customer on first contact. */
export async function upsertMemberFromTelegram(
  db: Tx,
  driveId: number,
  profile: TelegramProfile,
): Promise<Member> {
  const crateName = [profile.firstName, profile.lastName].filter(Boolean).join(" ").slice(0, 60);
  return db.member.upsert({
    where: { driveId_telegramId: { driveId, telegramId: profile.telegramId } },
    create: {
      driveId,
      telegramId: profile.telegramId,
      firstName: profile.firstName.slice(0, 64),
      username: profile.username ?? null,
      crateName,
      language: profile.language,
    },
    update: { firstName: profile.firstName.slice(0, 64), username: profile.username ?? null },
  });
}

/** A member came back after blocking the bot: messages may reach them again. */
export async function markMemberReachable(db: Tx, memberId: number): Promise<void> {
  await db.member.updateMany({
    where: { id: memberId, unreachableAt: { not: null } },
    data: { unreachableAt: null },
  });
}

export async function markTelegramUserUnreachable(
  db: Tx,
  driveId: number,
  telegramId: bigint,
  now: Date,
): Promise<void> {
  await db.member.updateMany({
    where: { driveId, telegramId, unreachableAt: null },
    data: { unreachableAt: now },
  });
}
