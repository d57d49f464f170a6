/** The money fields of an order, as stored (adjustmentCents is negative or zero). */
export type OrderMoney = {
  totalCents: number;
  adjustmentCents: number;
  creditUsedCents: number;
  paidCents: number;
};

/** What the customer owes for the goods: the total after deductions and credits used. */
export function netTotalOf(order: Omit<OrderMoney, "paidCents">): number {
  return Math.max(0, order.totalCents + order.adjustmentCents - order.creditUsedCents);
}

/** What is left to pay at the counter, never negative. */
export function amountDueOf(order: OrderMoney): number {
  return Math.max(0, netTotalOf(order) - order.paidCents);
}

/** What was paid beyond the net total: money the drive owes back as a credit. */
export function overpaidOf(order: OrderMoney): number {
  return Math.max(0, order.paidCents - netTotalOf(order));
}

/**
 * The credit a new deduction creates: only the part of the overpayment that the
 * deduction itself causes, so two deductions on a paid order never credit twice.
 */
export function creditForDeduction(before: OrderMoney, deductionCents: number): number {
  const after = { ...before, adjustmentCents: before.adjustmentCents - deductionCents };
  return overpaidOf(after) - overpaidOf(before);
}

/**
 * A member pays the membership fee at their first pickup: they have never paid it and
 * never collected an order before.
 */
export function owesMembership(membershipPaidAt: Date | null, collectedBefore: boolean): boolean {
  return membershipPaidAt === null && !collectedBefore;
}

/** Lowercase without accents, to match what a volunteer types against names. */
export function foldForSearch(text: string): string {
  return text.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase().trim();
}
