export type CrateOrder = { id: number; crateName: string; code: string };

export type CrateNumber = { id: number; crateNumber: number };

const collator = new Intl.Collator("fr");

/**
 * Crates numbered 1..n in French alphabetical order of the name written on them (ties by
 * order code), so volunteers shelve them in the order customers will be looked up.
 */
export function assignCrateNumbers(orders: CrateOrder[]): CrateNumber[] {
  return [...orders]
    .sort((a, b) => collator.compare(a.crateName, b.crateName) || compareCodes(a.code, b.code))
    .map((order, index) => ({ id: order.id, crateNumber: index + 1 }));
}

function compareCodes(a: string, b: string): number {
  if (a === b) return 0;
  return a < b ? -1 : 1;
}
