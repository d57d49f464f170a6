import type { Db } from "./client.ts";
import { emptyCart } from "./cart.ts";
import { releaseCredits } from "./credits.ts";
import { lockShoppableSession, returnStock } from "./orders.ts";

export type CancelResult =
  { ok: true; code: string } | { ok: false; reason: "not_found" | "already_cancelled" | "closed" };

/** Cancels the member's order while its session takes orders; its stock goes back on sale. */
export async function cancelOrder(
  db: Db,
  input: { memberId: number; orderId: number; now: Date },
): Promise<CancelResult> {
  return db.$transaction(
    async (tx): Promise<CancelResult> => {
      const order = await tx.order.findUnique({
        where: { id: input.orderId },
        select: {
          id: true,
          memberId: true,
          sessionId: true,
          code: true,
          status: true,
          lines: true,
        },
      });
      if (!order || order.memberId !== input.memberId) return { ok: false, reason: "not_found" };
      if (order.status === "cancelled") return { ok: false, reason: "already_cancelled" };
      if (!(await lockShoppableSession(tx, order.sessionId, ["open", "scheduled"]))) {
        return { ok: false, reason: "closed" };
      }
      const { count } = await tx.order.updateMany({
        where: { id: order.id, status: "confirmed" },
        data: { status: "cancelled", cancelledAt: input.now, creditUsedCents: 0 },
      });
      if (count !== 1) return { ok: false, reason: "already_cancelled" };
      await returnStock(tx, order.lines);
      await releaseCredits(tx, order.id);
      await emptyCart(tx, input.memberId, order.sessionId);
      return { ok: true, code: order.code };
    },
    { timeout: 30_000, maxWait: 30_000 },
  );
}
