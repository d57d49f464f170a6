import type { Db, Tx } from "./client.ts";
import { createCredit } from "./credits.ts";
import { enqueueMessages, type OutgoingMessage } from "./outbox.ts";

export type ReportableOrder = {
  id: number;
  code: string;
  pickupStartsAt: Date;
  totalCents: number;
};

/** A customer's collected orders whose pickup is after `since`, newest first. */
export async function listReportableOrders(
  db: Tx,
  memberId: number,
  since: Date,
): Promise<ReportableOrder[]> {
  const rows = await db.order.findMany({
    where: { memberId, status: "collected", session: { pickupStartsAt: { gte: since } } },
    select: {
      id: true,
      code: true,
      totalCents: true,
      session: { select: { pickupStartsAt: true } },
    },
    orderBy: { session: { pickupStartsAt: "desc" } },
    take: 5,
  });
  return rows.map(({ session, ...row }) => ({ ...row, pickupStartsAt: session.pickupStartsAt }));
}

export type Person = { memberId: number; telegramId: bigint; language: string };

export type ComplaintFacts = {
  complaintId: number;
  orderCode: string;
  customerName: string;
  text: string;
  photoFileId: string | null;
  coordinators: Person[];
  producers: (Person & { producerName: string })[];
};

export type NewComplaint = {
  memberId: number;
  orderId: number;
  since: Date;
  text: string;
  photoFileId: string | null;
  notices: (facts: ComplaintFacts) => OutgoingMessage[];
};

/**
 * Stores a complaint about one of the member's recent collected orders and tells the
 * coordinators and the producers of that order; null when the order is not theirs.
 */
export async function createComplaint(db: Db, input: NewComplaint): Promise<ComplaintFacts | null> {
  return db.$transaction(async (tx) => {
    const order = await tx.order.findFirst({
      where: {
        id: input.orderId,
        memberId: input.memberId,
        status: "collected",
        session: { pickupStartsAt: { gte: input.since } },
      },
      select: {
        code: true,
        member: { select: { driveId: true, crateName: true, firstName: true } },
        lines: { select: { producerId: true }, distinct: ["producerId"] },
      },
    });
    if (!order) return null;
    const complaint = await tx.complaint.create({
      data: {
        memberId: input.memberId,
        orderId: input.orderId,
        text: input.text,
        photoFileId: input.photoFileId,
      },
      select: { id: true },
    });
    const person = { id: true, telegramId: true, language: true } as const;
    const coordinators = await tx.member.findMany({
      where: { driveId: order.member.driveId, isCoordinator: true, erasedAt: null },
      select: person,
    });
    const producers = await tx.member.findMany({
      where: {
        producerId: { in: order.lines.map((line) => line.producerId) },
        isProducer: true,
        erasedAt: null,
      },
      select: { ...person, producer: { select: { name: true } } },
    });
    const facts: ComplaintFacts = {
      complaintId: complaint.id,
      orderCode: order.code,
      customerName: order.member.crateName || order.member.firstName,
      text: input.text,
      photoFileId: input.photoFileId,
      coordinators: coordinators.map(toPerson),
      producers: producers.map((member) => ({
        ...toPerson(member),
        producerName: member.producer?.name ?? "",
      })),
    };
    await enqueueMessages(tx, input.notices(facts));
    return facts;
  });
}

function toPerson(member: { id: number; telegramId: bigint; language: string }): Person {
  return { memberId: member.id, telegramId: member.telegramId, language: member.language };
}

export type DecisionFacts = {
  complaintId: number;
  orderCode: string | null;
  creditCents: number | null;
  customer: Person;
};

export type DecisionInput = {
  driveId: number;
  complaintId: number;
  decidedById: number;
  /** The credit granted, or null to refuse. */
  creditCents: number | null;
  now: Date;
  notices: (facts: DecisionFacts) => OutgoingMessage[];
};

export type DecisionResult =
  { ok: true; facts: DecisionFacts } | { ok: false; reason: "not_found" | "already_decided" };

/** Decides an open complaint once: a credit (an avoir for the next order) or a refusal. */
export async function decideComplaint(db: Db, input: DecisionInput): Promise<DecisionResult> {
  return db.$transaction(async (tx) => {
    const complaint = await tx.complaint.findFirst({
      where: { id: input.complaintId, member: { driveId: input.driveId } },
      select: {
        id: true,
        order: { select: { code: true } },
        member: { select: { id: true, telegramId: true, language: true } },
      },
    });
    if (!complaint) return { ok: false, reason: "not_found" } as const;
    const granted = input.creditCents !== null && input.creditCents > 0;
    const { count } = await tx.complaint.updateMany({
      where: { id: complaint.id, status: "open" },
      data: {
        status: granted ? "credited" : "rejected",
        resolvedById: input.decidedById,
        resolvedAt: input.now,
      },
    });
    if (count !== 1) return { ok: false, reason: "already_decided" } as const;
    if (granted) {
      await createCredit(tx, {
        memberId: complaint.member.id,
        amountCents: input.creditCents!,
        reason: "complaint",
        complaintId: complaint.id,
      });
    }
    const facts: DecisionFacts = {
      complaintId: complaint.id,
      orderCode: complaint.order?.code ?? null,
      creditCents: granted ? input.creditCents : null,
      customer: toPerson(complaint.member),
    };
    await enqueueMessages(tx, input.notices(facts));
    return { ok: true, facts } as const;
  });
}

/** An open complaint of the drive, with its order code; null once decided or unknown. */
export async function findOpenComplaint(
  db: Tx,
  driveId: number,
  complaintId: number,
): Promise<{ id: number; orderCode: string } | null> {
  const row = await db.complaint.findFirst({
    where: { id: complaintId, status: "open", member: { driveId } },
    select: { id: true, order: { select: { code: true } } },
  });
  return row ? { id: row.id, orderCode: row.order?.code ?? "?" } : null;
}
