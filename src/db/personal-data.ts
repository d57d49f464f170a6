import type { Db } from "./client.ts";

/** Everything held about one member, as plain JSON values (ids, cents, ISO dates). */
export type PersonalDataExport = {
  exportedAt: string;
  member: Record<string, unknown>;
  cart: unknown[];
  orders: unknown[];
  payments: unknown[];
  credits: unknown[];
  complaints: unknown[];
  shifts: unknown[];
  conversation: unknown;
};

/** The name an erased member's crate, labels and accounting lines carry from then on. */
export const erasedName = "Membre effacé";

/** Collects the member's data for `/mesdonnees`; null when there is no such member. */
export async function exportPersonalData(
  db: Db,
  memberId: number,
  now: Date,
): Promise<PersonalDataExport | null> {
  const member = await db.member.findUnique({
    where: { id: memberId },
    include: {
      producer: { select: { name: true } },
      cartLines: { select: cartLineFields },
      orders: {
        orderBy: { id: "asc" },
        include: {
          session: { select: { opensAt: true, pickupStartsAt: true } },
          lines: { select: orderLineFields, orderBy: { id: "asc" } },
        },
      },
      payments: { orderBy: { id: "asc" } },
      credits: { orderBy: { id: "asc" } },
      complaints: { orderBy: { id: "asc" } },
      shifts: { orderBy: { id: "asc" } },
    },
  });
  if (!member) return null;
  const conversation = await db.conversation.findUnique({
    where: { telegramId: member.telegramId },
    select: { step: true, data: true, updatedAt: true },
  });
  const { cartLines, orders, payments, credits, complaints, shifts, producer, ...fields } = member;
  return toJson({
    exportedAt: now,
    member: { ...fields, producer: producer?.name ?? null },
    cart: cartLines,
    orders,
    payments,
    credits,
    complaints,
    shifts,
    conversation: conversation
      ? { ...conversation, data: JSON.parse(conversation.data) as unknown }
      : null,
  }) as PersonalDataExport;
}

const productName = { offer: { select: { product: { select: { name: true } } } } } as const;

const cartLineFields = { steps: true, updatedAt: true, sessionId: true, ...productName } as const;

const orderLineFields = {
  steps: true,
  unitPriceCents: true,
  totalCents: true,
  missingSteps: true,
  damagedSteps: true,
  ...productName,
} as const;

/** BigInt ids become strings and dates ISO strings, so the export is plain JSON. */
function toJson(value: unknown): unknown {
  return JSON.parse(
    JSON.stringify(value, (_, item: unknown) =>
      typeof item === "bigint" ? item.toString() : item,
    ),
  );
}

export type ErasureResult = { erased: true } | { erased: false; reason: "unknown" | "already" };

/**
 * Erases a member's personal data (`/oubliermoi`). Their name, username and
 * phone are replaced, their Telegram id becomes a negative placeholder (real
 * ids are positive, so the same person can start again as a new member), their
 * basket and conversation are deleted, complaint texts and queued messages are
 * emptied. Orders, payments, credits and shifts stay as anonymous accounting
 * lines, which the association must keep. Conditional on `erasedAt` being
 * empty, so a double press erases once.
 */
export async function erasePersonalData(
  db: Db,
  memberId: number,
  now: Date,
): Promise<ErasureResult> {
  return db.$transaction(async (tx) => {
    const member = await tx.member.findUnique({
      where: { id: memberId },
      select: { telegramId: true, erasedAt: true },
    });
    if (!member) return { erased: false, reason: "unknown" };
    if (member.erasedAt) return { erased: false, reason: "already" };
    const placeholder = -BigInt(memberId);
    const taken = await tx.member.updateMany({
      where: { id: memberId, erasedAt: null },
      data: {
        telegramId: placeholder,
        firstName: erasedName,
        crateName: `${erasedName} ${memberId}`,
        username: null,
        phone: null,
        consentAt: null,
        newsletterOptIn: false,
        erasedAt: now,
      },
    });
    if (taken.count !== 1) return { erased: false, reason: "already" };
    await tx.cartLine.deleteMany({ where: { memberId } });
    await tx.conversation.deleteMany({ where: { telegramId: member.telegramId } });
    await tx.complaint.updateMany({ where: { memberId }, data: { text: "", photoFileId: null } });
    await tx.outboxMessage.updateMany({
      where: { chatId: member.telegramId, status: { in: ["pending", "sending"] } },
      data: { status: "failed", lastError: "member erased" },
    });
    await tx.outboxMessage.updateMany({
      where: { chatId: member.telegramId },
      data: { chatId: placeholder, payload: "{}", attachment: null, attachmentName: null },
    });
    return { erased: true };
  });
}
