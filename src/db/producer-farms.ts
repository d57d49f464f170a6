import type { Tx } from "./client.ts";
import { createInvitation } from "./invitations.ts";

export type ProducerInvitation = {
  code: string;
  expiresAt: Date;
  producerId: number;
  farm: string;
};

/** A one-time producer invitation for a farm, created with its name when it is new. */
export async function inviteProducer(
  db: Tx,
  input: { driveId: number; farmName: string; createdById: number; now: Date },
): Promise<ProducerInvitation> {
  const name = input.farmName.trim().replace(/\s+/g, " ").slice(0, 80);
  const producer = await db.producer.upsert({
    where: { driveId_name: { driveId: input.driveId, name } },
    create: { driveId: input.driveId, name },
    update: {},
    select: { id: true, name: true },
  });
  const { code, expiresAt } = await createInvitation(db, {
    driveId: input.driveId,
    role: "producer",
    producerId: producer.id,
    createdById: input.createdById,
    now: input.now,
  });
  return { code, expiresAt, producerId: producer.id, farm: producer.name };
}

/** The farm's name, or null when it is not one of this drive's. */
export async function findFarmName(
  db: Tx,
  driveId: number,
  producerId: number,
): Promise<string | null> {
  const farm = await db.producer.findFirst({
    where: { id: producerId, driveId },
    select: { name: true },
  });
  return farm?.name ?? null;
}
