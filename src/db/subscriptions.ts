import type { Tx } from "./client.ts";

/** Stops or resumes the newsletter; false when it already was so. */
export async function setNewsletterOptIn(
  db: Tx,
  memberId: number,
  optIn: boolean,
): Promise<boolean> {
  const { count } = await db.member.updateMany({
    where: { id: memberId, newsletterOptIn: !optIn },
    data: { newsletterOptIn: optIn },
  });
  return count === 1;
}
