import type { Measure } from "./quantity.ts";
import type { CustomerKind } from "./values.ts";

/** A price or minimum that replaces the default for one customer kind; null keeps the default. */
export type KindPrice = {
  customerKind: CustomerKind;
  priceCents: number | null;
  minSteps: number | null;
};

/** An offer as the cart sees it: the product, its farm, its price per step and what is left. */
export type PricedOffer = {
  offerId: number;
  productId: number;
  producerId: number;
  producerName: string;
  productName: string;
  /** Default price of one step, in cents. */
  priceCents: number;
  measure: Measure;
  kindPrices: KindPrice[];
  /** Steps still available; null means unlimited. */
  remainingSteps: number | null;
};

export type KindTerms = { priceCents: number; minSteps: number };

/** The price of one step and the smallest order for a customer of this kind. */
export function priceForKind(offer: PricedOffer, kind: CustomerKind): KindTerms {
  const special = offer.kindPrices.find((entry) => entry.customerKind === kind);
  return {
    priceCents: special?.priceCents ?? offer.priceCents,
    minSteps: special?.minSteps ?? 1,
  };
}

export type CartLineInput = { offer: PricedOffer; steps: number };

export type CartSummaryLine = {
  offerId: number;
  productName: string;
  steps: number;
  unitPriceCents: number;
  totalCents: number;
};

export type CartGroup = {
  producerId: number;
  producerName: string;
  lines: CartSummaryLine[];
  subtotalCents: number;
};

export type CartSummary = { groups: CartGroup[]; totalCents: number; lineCount: number };

const collator = new Intl.Collator("fr");

/** The basket grouped by farm, farms and products in French alphabetical order. */
export function summarizeCart(lines: CartLineInput[], kind: CustomerKind): CartSummary {
  const groups = new Map<number, CartGroup>();

  for (const { offer, steps } of lines) {
    const { priceCents } = priceForKind(offer, kind);
    let group = groups.get(offer.producerId);
    if (!group) {
      group = {
        producerId: offer.producerId,
        producerName: offer.producerName,
        lines: [],
        subtotalCents: 0,
      };
      groups.set(offer.producerId, group);
    }
    const totalCents = priceCents * steps;
    group.lines.push({
      offerId: offer.offerId,
      productName: offer.productName,
      steps,
      unitPriceCents: priceCents,
      totalCents,
    });
    group.subtotalCents += totalCents;
  }

  const sorted = [...groups.values()].sort(
    (a, b) => collator.compare(a.producerName, b.producerName) || a.producerId - b.producerId,
  );
  for (const group of sorted) {
    group.lines.sort(
      (a, b) => collator.compare(a.productName, b.productName) || a.offerId - b.offerId,
    );
  }
  return {
    groups: sorted,
    totalCents: sorted.reduce((sum, group) => sum + group.subtotalCents, 0),
    lineCount: lines.length,
  };
}

export type CartLineCheck =
  | { ok: true }
  | { ok: false; reason: "not_positive" }
  | { ok: false; reason: "below_minimum"; minSteps: number }
  | { ok: false; reason: "over_stock"; remainingSteps: number };

/** Whether `steps` of this offer may go in the basket of a customer of this kind. */
export function checkCartLine(
  offer: PricedOffer,
  steps: number,
  kind: CustomerKind,
): CartLineCheck {
  if (!Number.isSafeInteger(steps) || steps <= 0) return { ok: false, reason: "not_positive" };

  const { minSteps } = priceForKind(offer, kind);
  if (steps < minSteps) return { ok: false, reason: "below_minimum", minSteps };

  // Stock is only checked here, not reserved: the order confirmation takes it for real.
  if (offer.remainingSteps !== null && steps > offer.remainingSteps) {
    return { ok: false, reason: "over_stock", remainingSteps: Math.max(0, offer.remainingSteps) };
  }
  return { ok: true };
}
