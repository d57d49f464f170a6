import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { tick } from "../../src/jobs/tick.ts";
import { startTestApp, type TestApp } from "../support/test-app.ts";
import { addCustomer, makeCoordinator, textsSentTo, waitForOutbox } from "../schedule/helpers.ts";

/**
 * A coordinator sends a photo the fake API knows: it accepts only file ids it handed out, so
 * the photo is uploaded once first, as a photo that reached Telegram would be.
 */
async function sendKnownPhoto(t: TestApp, userId: number, caption: string): Promise<string> {
  const user = t.user(userId);
  const upload = await t.app.bot.telegram.sendPhoto(userId, { source: Buffer.from("fraises") });
  const fileId = upload.photo.at(-1)!.file_id;
  const updateId = t.api.pushUpdate({
    message: {
      message_id: t.api.nextMessageId(userId),
      from: user.from,
      chat: user.chat,
      date: Math.floor(Date.now() / 1000),
      photo: [{ file_id: fileId, file_unique_id: `u-${fileId}`, width: 800, height: 600 }],
      caption,
    },
  });
  await t.api.waitForProcessed(updateId);
  return fileId;
}

describe("announcements with /diffuser", () => {
  let t: TestApp;
  const [COORD, ANNE, BRUNO, CLARA, FARMER] = [5501, 5502, 5503, 5504, 5505];
  let since = 0;

  beforeAll(async () => {
    // Monday 6 December 2027, 11:00 in Paris.
    t = await startTestApp({ now: "2027-12-06T10:00:00Z" });
    await makeCoordinator(t, COORD);
    for (const [id, name] of [
      [ANNE, "Anne"],
      [BRUNO, "Bruno"],
      [CLARA, "Clara"],
    ] as const) {
      await addCustomer(t, id, name);
    }
    await t.user(FARMER, "Fermier").command("start");
    await t.app.db.member.updateMany({
      where: { telegramId: BigInt(FARMER) },
      data: { isProducer: true, isCustomer: false },
    });
    since = t.api.nextSeq;
  });

  afterAll(async () => {
    await t.stop();
  });

  it("sends to the chosen audience and reports sent, failed and unreachable", async () => {
    const coordinator = t.user(COORD);
    await coordinator.command("diffuser");
    const audiences = await coordinator.send("Pas de retrait mercredi prochain : férié !");
    expect(audiences.text).toContain("À qui l’envoyer ?");
    expect(coordinator.buttons()).toContain("Les clients (3)");

    const preview = await coordinator.press("Les clients");
    expect(preview.texts).toContain("Pas de retrait mercredi prochain : férié !");
    expect(preview.text).toContain("Les clients, 3 personnes");

    t.api.block(BRUNO);
    const sent = await coordinator.press("Envoyer maintenant");
    expect(sent.text).toContain("C’est parti pour 3 destinataires");
    await waitForOutbox(t);

    expect(textsSentTo(t, ANNE, since)).toEqual(["Pas de retrait mercredi prochain : férié !"]);
    expect(textsSentTo(t, CLARA, since)).toHaveLength(1);
    expect(textsSentTo(t, FARMER, since)).toHaveLength(0);

    await tick(t.app.deps, t.clock.now());
    await tick(t.app.deps, t.clock.now());
    await waitForOutbox(t);
    const reports = textsSentTo(t, COORD, since).filter((text) => text.includes("Bilan"));
    expect(reports).toHaveLength(1);
    expect(reports[0]).toContain("2 envoyés, 0 en échec, 1 injoignable");
    t.api.unblock(BRUNO);
    const bruno = await t.app.db.member.findFirstOrThrow({ where: { telegramId: BigInt(BRUNO) } });
    expect(bruno.unreachableAt).not.toBeNull();
  });

  it("schedules a photo for a typed day and time, and sends it when due", async () => {
    const coordinator = t.user(COORD);
    const start = t.api.nextSeq;
    await coordinator.command("broadcast");
    const fileId = await sendKnownPhoto(t, COORD, "Les premières fraises arrivent !");
    await coordinator.press("Les producteurs");
    await coordinator.press("Programmer");
    const bad = await coordinator.send("un de ces jours");
    expect(bad.text).toContain("Je n’ai pas compris la date");
    const scheduled = await coordinator.send("mercredi 14:00");
    expect(scheduled.text).toContain("mercredi 8 décembre à 14 h");

    await tick(t.app.deps, t.clock.now());
    await waitForOutbox(t);
    expect(t.api.callsSince(start).filter((call) => call.chatId === FARMER)).toHaveLength(0);

    t.clock.set("2027-12-08T13:00:00Z");
    await tick(t.app.deps, t.clock.now());
    await waitForOutbox(t);
    const photos = t.api
      .callsSince(start)
      .filter((call) => call.method === "sendPhoto" && call.chatId === FARMER);
    expect(photos).toHaveLength(1);
    expect(photos[0]!.response?.ok).toBe(true);
    expect(photos[0]!.params.photo).toBe(fileId);
    expect(photos[0]!.params.caption).toBe("Les premières fraises arrivent !");
  });

  it("lets a member stop and resume the newsletter and general announcements", async () => {
    const anne = t.user(ANNE);
    const stopped = await anne.command("desabonner");
    expect(stopped.text).toContain("vous ne recevrez plus la lettre");
    expect((await anne.command("unsubscribe")).text).toContain("déjà plus");

    const coordinator = t.user(COORD);
    await coordinator.command("diffuser");
    await coordinator.send("Assemblée générale jeudi");
    expect(coordinator.buttons()).toContain("Les clients (1)");

    const resumed = await anne.command("abonner");
    expect(resumed.text).toContain("de nouveau");
    await coordinator.command("diffuser");
    await coordinator.send("Assemblée générale jeudi");
    expect(coordinator.buttons()).toContain("Les clients (2)");
  });

  it("puts six hundred recipients in the outbox in one go", async () => {
    await t.app.relay.stop();
    const driveId = t.app.deps.driveId;
    await t.app.db.member.createMany({
      data: Array.from({ length: 600 }, (_, index) => ({
        driveId,
        telegramId: BigInt(900_000 + index),
        firstName: `Client ${index}`,
        consentAt: t.clock.now(),
      })),
    });
    const coordinator = t.user(COORD);
    await coordinator.command("diffuser");
    await coordinator.send("Grande fête du drive samedi");
    await coordinator.press("Tout le monde");
    const sent = await coordinator.press("Envoyer maintenant");

    expect(sent.text).toContain("C’est parti pour 604 destinataires");
    const broadcast = await t.app.db.broadcast.findFirstOrThrow({
      where: { text: "Grande fête du drive samedi", status: "sent" },
    });
    expect(await t.app.db.outboxMessage.count({ where: { broadcastId: broadcast.id } })).toBe(604);
  });
});
