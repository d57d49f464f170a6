import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { enqueueMessages } from "../../src/db/outbox.ts";
import { startTestApp, type TestApp } from "../support/test-app.ts";

describe("the bot's core", () => {
  let t: TestApp;

  beforeEach(async () => {
    t = await startTestApp();
  });

  afterEach(async () => {
    await t.stop();
  });

  it("greets a newcomer in French and registers them", async () => {
    const reply = await t.user(1001, "Camille").command("start");

    expect(reply.text).toContain("Bonjour Camille");
    const member = await t.app.db.member.findFirst({ where: { telegramId: 1001n } });
    expect(member?.firstName).toBe("Camille");
    expect(member?.language).toBe("fr");
  });

  it("answers in English to a client set to English", async () => {
    const reply = await t.user(1002, "Sam", "en-GB").command("start");

    expect(reply.text).toContain("Hello Sam");
  });

  it("answers a redelivered update once", async () => {
    const user = t.user(1003, "Julien");
    const update = {
      update_id: 777,
      message: {
        message_id: 1,
        date: Math.floor(Date.now() / 1000),
        chat: user.chat,
        from: user.from,
        text: "/start",
        entities: [{ type: "bot_command", offset: 0, length: 6 }],
      },
    };

    t.api.pushUpdate(update);
    t.api.pushUpdate(update);
    await t.api.waitForProcessed(777);

    expect(t.api.sentTo(1003).filter((call) => call.method === "sendMessage")).toHaveLength(1);
  });

  it("answers text it does not understand with a pointer to the help", async () => {
    const reply = await t.user(1004).send("bonjour <b>toi</b>");

    expect(reply.text).toContain("/aide");
    expect(reply.text).toContain("<b>toi</b>");
  });

  it("refuses a forged button and answers its callback", async () => {
    await t.user(1005).command("start");
    const reply = await t.user(1005).pressData("cart:1:2:forgedsig");

    expect(reply.callbackAnswered).toBe(true);
    expect(reply.callbackAnswer?.text).toContain("n’est plus valable");
  });

  it("lists the commands of the member's roles in /aide", async () => {
    await t.user(1006).command("start");
    const reply = await t.user(1006).command("aide");

    expect(reply.text).toContain("/annuler");
  });

  it("orders a coordinator's /aide by role, everyone's commands first", async () => {
    await t.user(1008).command("start");
    await t.app.db.member.updateMany({
      where: { telegramId: 1008n },
      data: { isCoordinator: true, isVolunteer: true },
    });
    const lines = (await t.user(1008).command("aide")).text.split("\n");
    const at = (command: string) => lines.findIndex((line) => line.startsWith(`/${command} `));

    expect(at("aide")).toBeGreaterThan(0);
    expect(at("aide")).toBeLessThan(at("catalogue"));
    expect(at("catalogue")).toBeLessThan(at("retrait"));
    expect(at("retrait")).toBeLessThan(at("bilan"));
  });

  it("keeps an outbox row through a restart and sends it afterwards", async () => {
    await t.app.relay.stop();
    await enqueueMessages(t.app.db, [
      { chatId: 1007n, payload: { text: "Votre liste de préparation" }, reason: "test" },
    ]);
    await t.stopBot();
    expect(t.api.sentTo(1007)).toHaveLength(0);

    const again = await startTestApp({ api: t.api, database: t.database });
    try {
      await t.api.waitFor((api) => api.sentTo(1007).length === 1);
      // The relay records the outcome just after the send: wait for it rather than race it.
      const status = async () =>
        (await again.app.db.outboxMessage.findFirstOrThrow({ where: { chatId: 1007n } })).status;
      await expect.poll(status).toBe("sent");
    } finally {
      await again.stopBot();
    }
  });
});
