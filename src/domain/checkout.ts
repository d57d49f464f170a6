// Rules of the basket and of its confirmation that need neither Telegram nor the database.

export type StepsByOffer = ReadonlyMap<number, number>;

/** One stock movement: positive takes steps from the offer, negative gives them back. */
export type StockChange = { offerId: number; delta: number };

/**
 * What confirming `next` costs in stock when `previous` was already confirmed: only the
 * difference moves, so changing 3 into 4 takes 1 more, and a line dropped gives all back.
 */
export function planStockChanges(previous: StepsByOffer, next: StepsByOffer): StockChange[] {
  const ids = new Set([...previous.keys(), ...next.keys()]);
  const changes: StockChange[] = [];
  for (const offerId of [...ids].sort((a, b) => a - b)) {
    const delta = (next.get(offerId) ?? 0) - (previous.get(offerId) ?? 0);
    if (delta !== 0) changes.push({ offerId, delta });
  }
  return changes;
}

/** Steps a customer may hold: what is left plus what their own order already took. */
export function availableFor(remainingSteps: number | null, alreadyOrdered: number): number | null {
  if (remainingSteps === null) return null;
  return Math.max(0, remainingSteps) + alreadyOrdered;
}

/**
 * A short number that changes whenever the basket does, carried by the confirm button so
 * that a recap shown before a change cannot confirm the changed basket unseen.
 */
export function cartFingerprint(lines: readonly { offerId: number; steps: number }[]): number {
  const text = [...lines]
    .sort((a, b) => a.offerId - b.offerId)
    .map((line) => `${line.offerId}x${line.steps}`)
    .join(",");
  let hash = 0x811c9dc5;
  for (let index = 0; index < text.length; index += 1) {
    hash ^= text.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193);
  }
  // 31 bits: small enough for 6 base-36 characters in the callback data.
  return (hash >>> 0) & 0x7fffffff;
}

export type StepDirection = "more" | "less";

/**
 * The quantity after a + or − tap: from nothing, + goes straight to the minimum of the
 * customer's kind; under the minimum, − removes the line.
 */
export function nextSteps(current: number, direction: StepDirection, minSteps: number): number {
  const minimum = Math.max(1, minSteps);
  if (direction === "more") return current < minimum ? minimum : current + 1;
  const lower = current - 1;
  return lower < minimum ? 0 : lower;
}

export type FitLine = {
  offerId: number;
  steps: number;
  minSteps: number;
  /** What this customer may have; null when unlimited. */
  availableSteps: number | null;
};

/**
 * The basket cut down to what is left: a line over stock is lowered, or dropped
 * under its minimum.
 */
export function fitToAvailable(lines: readonly FitLine[]): { offerId: number; steps: number }[] {
  return lines.map((line) => {
    if (line.availableSteps === null || line.steps <= line.availableSteps) {
      return { offerId: line.offerId, steps: line.steps };
    }
    const steps = line.availableSteps >= Math.max(1, line.minSteps) ? line.availableSteps : 0;
    return { offerId: line.offerId, steps };
  });
}

export type CreditPiece = { id: number; amountCents: number };

/** How much of each credit an order uses: a credit larger than what is left is split in two. */
export type CreditUse = { id: number; usedCents: number; remainderCents: number };

/** Uses the oldest credits first, never more than the order's total. */
export function allocateCredits(
  credits: readonly CreditPiece[],
  totalCents: number,
): { uses: CreditUse[]; usedCents: number } {
  const uses: CreditUse[] = [];
  let left = Math.max(0, totalCents);
  for (const credit of credits) {
    if (left <= 0) break;
    if (credit.amountCents <= 0) continue;
    const usedCents = Math.min(credit.amountCents, left);
    uses.push({ id: credit.id, usedCents, remainderCents: credit.amountCents - usedCents });
    left -= usedCents;
  }
  return { uses, usedCents: Math.max(0, totalCents) - left };
}

export type Page<T> = { items: T[]; page: number; pageCount: number };

/** One page of a list; a page number past the end shows the last page. */
export function pageOf<T>(items: readonly T[], page: number, size: number): Page<T> {
  const pageCount = Math.max(1, Math.ceil(items.length / size));
  const current = Math.min(Math.max(0, page), pageCount - 1);
  return { items: items.slice(current * size, (current + 1) * size), page: current, pageCount };
}

/** A crate name as typed: trimmed, inner spaces collapsed, 2 to 60 characters. */
export function cleanCrateName(text: string): string | null {
  const name = text.trim().replace(/\s+/g, " ");
  if (name.length < 2 || name.length > 60 || name.startsWith("/")) return null;
  return name;
}

/** A phone as typed, kept as digits with an optional leading +: 6 to 15 digits. */
export function cleanPhone(text: string): string | null {
  const compact = text.trim().replace(/[\s.\-()]/g, "");
  if (!/^\+?\d{6,15}$/.test(compact)) return null;
  return compact;
}
