import type { CartEntry } from "../../../db/cart.ts";
import {
  findShoppingSession,
  listPickupSlots,
  type ShoppingSession,
} from "../../../db/catalogue.ts";
import type { Member } from "../../../db/members.ts";
import { sharedReadsFor } from "../../../db/shared-reads.ts";
import { shopLoadersFor } from "../../../db/shop-loaders.ts";
import { formatDateTime, formatPickupWindow } from "../../../domain/calendar.ts";
import { formatEuros } from "../../../domain/money.ts";
import { summarizeCart, type CartSummary } from "../../../domain/pricing.ts";
import { formatQuantity, type Measure } from "../../../domain/quantity.ts";
import { customerKindSchema, type CustomerKind } from "../../../domain/values.ts";
import type { BotContext } from "../../context.ts";

/** What every customer screen needs: the session, the member's kind and basket. */
export type Shop = ShoppingSession & {
  kind: CustomerKind;
  cart: CartEntry[];
  summary: CartSummary;
  /** Steps of the member's confirmed order in this session, by offer. */
  ordered: Map<number, number>;
};

export function kindOf(member: Member | null): CustomerKind {
  return customerKindSchema.catch("household").parse(member?.customerKind ?? "household");
}

/** Only a registered customer who accepted the privacy notice may fill a basket. */
export function canOrder(member: Member | null): member is Member {
  return (
    member !== null && member.consentAt !== null && member.erasedAt === null && member.isCustomer
  );
}

/** The session customers order into now (its reads grouped with other updates'). */
export function findCustomerSession(ctx: BotContext): Promise<ShoppingSession> {
  const { db, now } = ctx.deps;
  return findShoppingSession(db, ctx.drive, now(), shopLoadersFor(db).openSession);
}

export async function loadShop(ctx: BotContext): Promise<Shop> {
  const loaders = shopLoadersFor(ctx.deps.db);
  const shop = await findCustomerSession(ctx);
  const kind = kindOf(ctx.member);
  const member = ctx.member;
  const [cart, ordered] = member
    ? await Promise.all([
        loaders.cart(member.id, shop.session.id),
        loaders.ordered(member.id, shop.session.id),
      ])
    : [[], new Map<number, number>()];
  return { ...shop, kind, cart, ordered, summary: summarizeCart(cart, kind) };
}

export function euros(ctx: BotContext, cents: number): string {
  return formatEuros(cents, ctx.lang);
}

export function quantity(ctx: BotContext, steps: number, measure: Measure): string {
  return formatQuantity(steps, measure, ctx.lang);
}

export function dateTime(ctx: BotContext, at: Date): string {
  return formatDateTime(at, ctx.drive.timezone, ctx.lang);
}

export function window(ctx: BotContext, start: Date, end: Date): string {
  return formatPickupWindow(start, end, ctx.drive.timezone, ctx.lang);
}

/** The session's pickup slots, read once for the updates asking at the same moment. */
export function pickupSlotsOf(ctx: BotContext, sessionId: number) {
  const { db } = ctx.deps;
  return sharedReadsFor(db).read(`slots:${sessionId}`, () => listPickupSlots(db, sessionId));
}

/** "Local de la mairie, Place de la Mairie…" for the session's pickup points. */
export async function placesOf(ctx: BotContext, sessionId: number): Promise<string[]> {
  const slots = await pickupSlotsOf(ctx, sessionId);
  const seen = new Map<number, string>();
  for (const slot of slots) {
    const point = slot.pickupPoint;
    seen.set(point.id, ctx.t.customer.home.place(point.name, point.address));
  }
  return [...seen.values()];
}

export function cartLabel(ctx: BotContext, shop: Shop): string {
  return ctx.t.customer.home.cartButton(shop.cart.length, euros(ctx, shop.summary.totalCents));
}

/** The steps the basket holds, or, before it was touched, what the confirmed order holds. */
export function currentSteps(shop: Shop, offerId: number): number {
  if (shop.cart.length === 0) return shop.ordered.get(offerId) ?? 0;
  return shop.cart.find((entry) => entry.offer.offerId === offerId)?.steps ?? 0;
}
