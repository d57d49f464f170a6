import type { Prisma } from "./client.ts";

/** The columns an order's balance is worked out from (src/domain/order-balance.ts). */
export const orderBalanceSelect = {
  id: true,
  code: true,
  crateNumber: true,
  status: true,
  totalCents: true,
  adjustmentCents: true,
  creditUsedCents: true,
  paidCents: true,
} satisfies Prisma.OrderSelect;
