import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { defineAction } from "../../src/bot/callback-data.ts";
import type { ApiCall } from "../support/bot-api-types.ts";
import { startTestApp, type TestApp } from "../support/test-app.ts";
import { actorIds, definedActions, seedActors, victimSnapshot } from "./authorization-fixture.ts";
import { report } from "./report.ts";

const apology = "Désolé, quelque chose s’est mal passé";

// Texts a user may type: any unicode, emoji, right-to-left marks, markup, huge lengths, and
// numbers the quantity parsers see.
const nastyText = fc.oneof(
  fc.string({ unit: "grapheme", maxLength: 300 }),
  fc.constantFrom("<b>", "</i>", "&amp;", "<script>alert(1)</script>", "‮ABC", "🍅🥕🧀", "\u0000"),
  fc.string({ unit: "grapheme", minLength: 4000, maxLength: 5000 }),
  fc.oneof(fc.integer(), fc.double(), fc.bigInt()).map(String),
  fc.constantFrom("1,5 kg", "-3", "0", "1e309", "NaN", "12 500 g", "999999999999", "½"),
);

describe("random input", () => {
  let t: TestApp;
  let victimId: number;
  const faults: string[] = [];

  beforeAll(async () => {
    t = await startTestApp({ now: "2026-01-10T10:00:00Z" });
    ({ victimId } = await seedActors(t.app.db, t.app.deps.driveId));
  });

  afterAll(async () => {
    await t.stop();
  });

  function check(calls: ApiCall[], what: string): void {
    for (const call of calls) {
      const text = JSON.stringify(call.params);
      if (text.includes(apology)) faults.push(`${what}: apology`);
      if (call.response?.ok === false && call.response.error_code === 400) {
        const ignored = /message is not modified|query is too old/.test(call.response.description);
        if (!ignored) faults.push(`${what}: ${call.method} ${call.response.description}`);
      }
    }
  }

  it("answers random texts and command payloads within Telegram's limits", async () => {
    const user = t.user(actorIds.customer, "<b>Émile</b> & ‮🍅");
    let sent = 0;
    await fc.assert(
      fc.asyncProperty(nastyText, fc.boolean(), async (text, asCommandPayload) => {
        sent++;
        const reply = asCommandPayload
          ? await user.command("start", Array.from(text).slice(0, 200).join(""))
          : await user.send(text || " ");
        check(reply.calls, `text ${JSON.stringify(text.slice(0, 40))}`);
      }),
      { numRuns: 600, seed: 42 },
    );
    report("random texts", { updates: sent, faults: faults.length });
    expect(faults).toEqual([]);
  }, 60_000);

  it("refuses random and forged callback data without touching another member's data", async () => {
    const before = await victimSnapshot(t.app.db, victimId);
    const actions = definedActions();
    const user = t.user(actorIds.producer, "<i>Prod</i>");
    await user.command("aide");
    let pressed = 0;
    const forged = fc.record({
      action: fc.constantFrom(...actions),
      values: fc.array(fc.nat({ max: 50 }), { minLength: 6, maxLength: 6 }),
      signedFor: fc.constantFrom(actorIds.producer, actorIds.customer, 7799),
    });
    const anyData = fc.string({ unit: "binary-ascii", minLength: 1, maxLength: 64 });
    await fc.assert(
      fc.asyncProperty(fc.oneof(forged, anyData), async (input) => {
        pressed++;
        let data: string;
        if (typeof input === "string") data = input;
        else {
          const names = Array.from({ length: input.action.fields }, (_, i) => `f${i}`);
          const action = defineAction(input.action.prefix, names);
          const values = Object.fromEntries(names.map((name, i) => [name, input.values[i]!]));
          data = action.pack({ signer: t.app.deps.signer, userId: input.signedFor }, values);
        }
        const reply = await user.pressData(data);
        check(reply.calls, `callback ${data}`);
        if (!reply.callbackAnswered) faults.push(`callback ${data}: not answered`);
      }),
      { numRuns: 600, seed: 7 },
    );
    const after = await victimSnapshot(t.app.db, victimId);
    report("random and forged callback data", {
      presses: pressed,
      unauthorizedChanges: before === after ? 0 : 1,
      faults: faults.length,
    });
    expect(faults).toEqual([]);
    expect(after).toBe(before);
  }, 60_000);

  it("escapes markup in names everywhere the names appear", async () => {
    const names = fc.constantFrom("<b>Zoé</b>", "A & B <script>", "‮nomé", "🍅<i>x", "&lt;ok&gt;");
    let updates = 0;
    await fc.assert(
      fc.asyncProperty(names, fc.nat({ max: 999 }), async (name, n) => {
        updates += 2;
        const user = t.user(7_800_000 + n, name);
        check((await user.command("start")).calls, `name ${name}`);
        check((await user.command("aide")).calls, `name ${name}`);
      }),
      { numRuns: 40, seed: 3 },
    );
    report("markup and right-to-left text in names", { updates, faults: faults.length });
    expect(faults).toEqual([]);
  }, 60_000);
});
