import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openDatabase, type Db } from "../../src/db/client.ts";
import { createCoreLoaders } from "../../src/db/core-loaders.ts";
import { ensureDrive } from "../../src/db/drive.ts";
import { applyMigrations } from "../../src/db/migrate.ts";
import { takeUpdates } from "../../src/db/updates.ts";
import { createTestDatabase, type TestDatabase } from "../support/test-database.ts";

describe("the update guard and member loads, grouped across updates", () => {
  let database: TestDatabase;
  let db: Db;
  let driveId: number;
  const now = new Date("2026-12-05T11:00:00Z");
  const us = { processId: "bot-us", afterMs: 0 };

  beforeAll(async () => {
    database = await createTestDatabase();
    await applyMigrations(database.url);
    db = await openDatabase(database.url);
    driveId = (await ensureDrive(db, { name: "Drive test", timezone: "Europe/Paris" })).id;
  });

  afterAll(async () => {
    await db.$disconnect();
    await database.drop();
  });

  it("takes each update once: new ones, not done or twice, and a dead process's", async () => {
    await db.processedUpdate.createMany({
      data: [
        { updateId: 10n, receivedAt: now, handledBy: "bot-old", doneAt: now },
        { updateId: 11n, receivedAt: now, handledBy: "bot-dead" },
        { updateId: 12n, receivedAt: now, handledBy: "bot-us" },
      ],
    });
    const taken = await takeUpdates(db, [20, 10, 20, 11, 12, 21], now, us);
    expect(taken).toEqual([true, false, false, true, false, true]);
    const rows = await db.processedUpdate.findMany({ orderBy: { updateId: "asc" } });
    expect(rows.map((row) => [Number(row.updateId), row.handledBy])).toEqual([
      [10, "bot-old"],
      [11, "bot-us"],
      [12, "bot-us"],
      [20, "bot-us"],
      [21, "bot-us"],
    ]);
  });

  it("answers loads made at the same moment each with its own row", async () => {
    const core = createCoreLoaders(db, driveId, us);
    await db.member.createMany({
      data: [
        { driveId, telegramId: 501n, firstName: "Aline" },
        { driveId, telegramId: 502n, firstName: "Bruno" },
      ],
    });
    await db.conversation.create({
      data: { telegramId: 502n, step: "quantity", data: JSON.stringify({ offer: 3 }) },
    });
    const [a, b, again, nobody, step, noStep] = await Promise.all([
      core.member(501n),
      core.member(502n),
      core.member(502n),
      core.member(999n),
      core.conversation(502n),
      core.conversation(501n),
    ]);
    expect([a?.firstName, b?.firstName, again?.firstName, nobody]).toEqual([
      "Aline",
      "Bruno",
      "Bruno",
      null,
    ]);
    expect(again).not.toBe(b);
    expect(step?.step).toBe("quantity");
    expect(noStep).toBe(null);

    const [first, second] = await Promise.all([core.takeUpdate(30, now), core.takeUpdate(30, now)]);
    expect([first, second].sort()).toEqual([false, true]);
    await Promise.all([core.finishUpdate(30, now), core.finishUpdate(21, now)]);
    const done = await db.processedUpdate.findMany({
      where: { updateId: { in: [30n, 21n] }, doneAt: { not: null } },
    });
    expect(done).toHaveLength(2);
  });
});
