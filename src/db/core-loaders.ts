import DataLoader from "dataloader";
import type { Db } from "./client.ts";
import { loadConversations, type ConversationRow } from "./conversations.ts";
import { findMembersByTelegramIds, type Member } from "./members.ts";
import { finishUpdates, takeUpdates, type UpdateTakeover } from "./updates.ts";

/**
 * The four statements every update runs (take it, read its member and its conversation
 * step, mark it done), each grouped across the updates handled at the same moment: the
 * hundred updates of a polling batch take one INSERT instead of a hundred. Nothing is
 * cached: a load is sent right after the current tick with the others made in it.
 */
export type CoreLoaders = {
  takeUpdate(updateId: number, now: Date): Promise<boolean>;
  finishUpdate(updateId: number, now: Date): Promise<void>;
  /** A fresh object for each call, even for the same user in one batch. */
  member(telegramId: bigint): Promise<Member | null>;
  conversation(telegramId: bigint): Promise<ConversationRow | null>;
};

type Timed = { updateId: number; now: Date };

// Well under SQLite's and PostgreSQL's limits on bound parameters (3 per update taken).
const batch = { cache: false, maxBatchSize: 500 } as const;

export function createCoreLoaders(db: Db, driveId: number, takeover: UpdateTakeover): CoreLoaders {
  const latest = (keys: readonly Timed[]) =>
    new Date(Math.max(...keys.map((key) => key.now.getTime())));
  const takes = new DataLoader<Timed, boolean>(
    (keys) =>
      takeUpdates(
        db,
        keys.map((key) => key.updateId),
        latest(keys),
        takeover,
      ),
    batch,
  );
  const finishes = new DataLoader<Timed, void>(async (keys) => {
    await finishUpdates(
      db,
      keys.map((key) => key.updateId),
      latest(keys),
    );
    return keys.map(() => undefined);
  }, batch);
  const members = new DataLoader<bigint, Member | null>(async (ids) => {
    const found = await findMembersByTelegramIds(db, driveId, [...ids]);
    return ids.map((id) => {
      const member = found.get(id);
      return member ? { ...member } : null;
    });
  }, batch);
  const conversations = new DataLoader<bigint, ConversationRow | null>(async (ids) => {
    const found = await loadConversations(db, [...ids]);
    return ids.map((id) => found.get(id) ?? null);
  }, batch);
  return {
    takeUpdate: (updateId, now) => takes.load({ updateId, now }),
    finishUpdate: (updateId, now) => finishes.load({ updateId, now }),
    member: (telegramId) => members.load(telegramId),
    conversation: (telegramId) => conversations.load(telegramId),
  };
}
