import { afterEach, describe, expect, it } from "vitest";
import { tick } from "../../src/jobs/tick.ts";
import { startTestApp, type TestApp } from "../support/test-app.ts";

describe("catching up after downtime", () => {
  const apps: TestApp[] = [];
  afterEach(async () => {
    for (const app of apps.reverse()) await app.stop();
    apps.length = 0;
  });

  it("closes once, at start, a session whose close passed while the bot was down", async () => {
    const t = await startTestApp({ now: "2027-03-26T17:30:00Z" });
    apps.push(t);
    await tick(t.app.deps, t.clock.now());
    const open = await t.app.db.session.findFirstOrThrow({ where: { status: "open" } });
    await t.stopBot();

    // Back on Tuesday morning, with the scheduler on as in production.
    const again = await startTestApp({
      api: t.api,
      database: t.database,
      now: "2027-03-30T08:00:00Z",
      env: { SCHEDULER: "on" },
    });
    apps.push(again);
    const closed = await again.app.db.session.findUniqueOrThrow({ where: { id: open.id } });
    expect(closed.status).toBe("closed");
    expect(closed.closedAt?.toISOString()).toBe("2027-03-30T08:00:00.000Z");

    again.clock.set("2027-03-30T08:05:00Z");
    await tick(again.app.deps, again.clock.now());
    const still = await again.app.db.session.findUniqueOrThrow({ where: { id: open.id } });
    expect(still.closedAt?.toISOString()).toBe("2027-03-30T08:00:00.000Z");
    const next = await again.app.db.session.findMany({ where: { status: "scheduled" } });
    expect(next.map((session) => session.opensAt.toISOString())).toEqual([
      "2027-04-02T16:00:00.000Z",
    ]);
  });

  it("sends the opening newsletter once when two processes tick at the same moment", async () => {
    const t = await startTestApp({ now: "2027-03-26T17:00:00Z" });
    apps.push(t);
    await t.user(5301).command("start");
    await t.app.db.member.updateMany({ data: { consentAt: t.clock.now() } });
    await Promise.all([tick(t.app.deps, t.clock.now()), tick(t.app.deps, t.clock.now())]);
    await tick(t.app.deps, t.clock.now());

    const letters = await t.app.db.outboxMessage.count({ where: { reason: "newsletter" } });
    expect(letters).toBe(1);
    expect(await t.app.db.broadcast.count({ where: { kind: "newsletter" } })).toBe(1);
  });

  it("gives up a session that should have opened and closed while the bot was down", async () => {
    const t = await startTestApp({ now: "2027-03-25T10:00:00Z" });
    apps.push(t);
    await tick(t.app.deps, t.clock.now());
    t.clock.set("2027-03-30T10:00:00Z");
    await tick(t.app.deps, t.clock.now());

    const sessions = await t.app.db.session.findMany({ orderBy: { opensAt: "asc" } });
    expect(sessions.map((session) => session.status)).toEqual(["cancelled", "scheduled"]);
  });
});
