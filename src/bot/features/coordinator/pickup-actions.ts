import { defineAction } from "../../callback-data.ts";
import { paymentMethods, type PaymentMethod } from "../../../domain/values.ts";

// Every button of packing, pickup and adjustments; prefixes start with "w" (Wednesday).

/** Sends one packing document again: 0 tickets, 1 labels, 2 receipt checklist. */
export const packingDocument = defineAction("wpdoc", ["session", "doc"] as const);
/** A page of the session's crates, to pick one for missing or damaged items. */
export const packingOrders = defineAction("wpord", ["session", "page"] as const);

export const showOrder = defineAction("wrshow", ["order"] as const);
export const collectOrder = defineAction("wrcol", ["order"] as const);
/** Pays `amount` by `method`; `paid` is what the order showed as paid, so a stale press fails. */
export const payOrder = defineAction("wrpay", ["order", "method", "amount", "paid"] as const);
export const typeOrderAmount = defineAction("wramt", ["order"] as const);
export const chooseMembership = defineAction("wrmem", ["order"] as const);
export const payMembership = defineAction("wrmpay", ["order", "method", "amount"] as const);
export const typeMembershipAmount = defineAction("wrmamt", ["order"] as const);
export const pickupReport = defineAction("wrend", ["session"] as const);

/** Where an adjustment was started from, to come back there: 0 packing, 1 pickup. */
export type Origin = 0 | 1;
export const adjustOrder = defineAction("waord", ["order", "origin"] as const);
export const adjustLine = defineAction("waln", ["line", "origin"] as const);
/** kind 0 missing, 1 damaged. */
export const adjustQuantity = defineAction("waqty", ["line", "kind", "steps", "origin"] as const);

export function methodAt(index: number): PaymentMethod | null {
  return paymentMethods[index] ?? null;
}

export function methodIndex(method: PaymentMethod): number {
  return paymentMethods.indexOf(method);
}

/** The data of the callback query being handled, or "" for anything else. */
export function dataOf(ctx: { callbackQuery?: object | undefined }): string {
  const query = ctx.callbackQuery;
  return query && "data" in query && typeof query.data === "string" ? query.data : "";
}
