import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { openOrders } from "../../src/bot/features/customer/actions.ts";
import { addCustomer } from "../customer/fixtures.ts";
import { startTestApp, type TestApp } from "../support/test-app.ts";

describe("screens shown from a button", () => {
  let t: TestApp;

  beforeEach(async () => {
    t = await startTestApp();
  });

  afterEach(async () => {
    await t.stop();
  });

  it("come as a new message when the pressed message is a document", async () => {
    await addCustomer(t.app.db, t.app.deps.driveId, 1201);
    const user = t.user(1201);
    const exported = await user.command("mesdonnees");
    const documentMessage = user
      .messages()
      .find((message) => message.document !== undefined && message.text === undefined);
    expect(exported.documents).toHaveLength(1);
    expect(documentMessage).toBeDefined();

    const data = openOrders.pack({ signer: t.app.deps.signer, userId: 1201 }, {});
    const reply = await user.pressData(data, documentMessage!.messageId);

    expect(reply.calls.filter((call) => call.method === "sendMessage")).toHaveLength(1);
    expect(reply.text).not.toContain("Désolé");
    expect(reply.calls.every((call) => call.response?.ok !== false)).toBe(true);
  });

  it("leave the message as it is when the same button is pressed twice", async () => {
    await addCustomer(t.app.db, t.app.deps.driveId, 1202);
    const user = t.user(1202);
    await user.command("commandes");
    const data = openOrders.pack({ signer: t.app.deps.signer, userId: 1202 }, {});
    const list = user.lastMessage()!;

    await user.pressData(data, list.messageId);
    const second = await user.pressData(data, list.messageId);

    expect(second.callbackAnswered).toBe(true);
    expect(second.text).not.toContain("Désolé");
  });
});
