import type { Tx } from "./client.ts";

/** A conversation step with its data as stored (JSON text). */
export type ConversationRow = { step: string; data: string };

/** The conversation steps of these Telegram users, in one query. */
export async function loadConversations(
  db: Tx,
  telegramIds: bigint[],
): Promise<Map<bigint, ConversationRow>> {
  const rows = await db.conversation.findMany({
    where: { telegramId: { in: [...new Set(telegramIds)] } },
  });
  return new Map(rows.map((row) => [row.telegramId, { step: row.step, data: row.data }]));
}

/** A step's data as the handlers read it: a fresh object each time, never shared. */
export function parseStepData(data: string): Record<string, unknown> {
  return JSON.parse(data) as Record<string, unknown>;
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
