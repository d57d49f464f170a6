import type { Tx } from "./client.ts";

export type ConversationRow = { step: string; data: Record<string, unknown> };

export async function loadConversation(
  db: Tx,
  telegramId: bigint,
): Promise<ConversationRow | null> {
  const row = await db.conversation.findUnique({ where: { telegramId } });
  if (!row) return null;
  return { step: row.step, data: JSON.parse(row.data) as Record<string, unknown> };
}

export async function saveConversation(
  db: Tx,
  telegramId: bigint,
  step: string,
  data: Record<string, unknown>,
): Promise<void> {
  const json = JSON.stringify(data);
  await db.conversation.upsert({
    where: { telegramId },
    create: { telegramId, step, data: json },
    update: { step, data: json },
  });
}

export async function clearConversation(db: Tx, telegramId: bigint): Promise<void> {
  await db.conversation.deleteMany({ where: { telegramId } });
}
