import type { TestApp } from "../support/test-app.ts";

/** Registers a customer through /start and records their consent, as onboarding would. */
export async function addCustomer(t: TestApp, id: number, name: string) {
  await t.user(id, name).command("start");
  return t.app.db.member.update({
    where: { driveId_telegramId: { driveId: t.app.deps.driveId, telegramId: BigInt(id) } },
    data: { consentAt: t.clock.now() },
  });
}

export async function makeCoordinator(t: TestApp, id: number, name = "Coordinatrice") {
  await t.user(id, name).command("start");
  return t.app.db.member.update({
    where: { driveId_telegramId: { driveId: t.app.deps.driveId, telegramId: BigInt(id) } },
    data: { isCoordinator: true },
  });
}

export async function addPickupPoint(t: TestApp) {
  return t.app.db.pickupPoint.create({
    data: { driveId: t.app.deps.driveId, name: "Salle des fêtes", address: "1 place de la Mairie" },
  });
}

/** A farm with one seasonal product offered in the session. */
export async function addOffer(t: TestApp, sessionId: number, product: string, seasonal = true) {
  const producer = await t.app.db.producer.upsert({
    where: { driveId_name: { driveId: t.app.deps.driveId, name: "Ferme du Causse" } },
    create: { driveId: t.app.deps.driveId, name: "Ferme du Causse", town: "Millau" },
    update: {},
  });
  const item = await t.app.db.product.create({
    data: {
      producerId: producer.id,
      name: product,
      category: "légumes",
      priceCents: 350,
      seasonal,
    },
  });
  return t.app.db.offer.create({ data: { sessionId, productId: item.id, priceCents: 350 } });
}

/** Texts the bot sent to a chat (messages and captions) since call `sinceSeq`, oldest first. */
export function textsSentTo(t: TestApp, chatId: number, sinceSeq = 0): string[] {
  return t.api
    .callsSince(sinceSeq)
    .filter((call) => call.chatId === chatId && call.response?.ok === true)
    .filter((call) => ["sendMessage", "sendPhoto", "sendDocument"].includes(call.method))
    .map((call) => String(call.params.text ?? call.params.caption ?? ""));
}

/** Waits until the relay has nothing left to send. */
export async function waitForOutbox(t: TestApp): Promise<void> {
  for (let i = 0; i < 500; i++) {
    const left = await t.app.db.outboxMessage.count({
      where: { status: { in: ["pending", "sending"] } },
    });
    if (left === 0) return;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  throw new Error("the outbox never emptied");
}
