import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createCallbackSigner } from "../../src/bot/callback-data.ts";
import { openDatabase, providerOfClient, type Db } from "../../src/db/client.ts";
import { ensureDrive } from "../../src/db/drive.ts";
import { applyMigrations } from "../../src/db/migrate.ts";
import { tick } from "../../src/jobs/tick.ts";
import { createLogger } from "../../src/logger.ts";
import { createTestDatabase, type TestDatabase } from "../support/test-database.ts";
import { report } from "./report.ts";

describe("scheduled jobs on several processes", () => {
  let database: TestDatabase;
  const clients: Db[] = [];

  beforeAll(async () => {
    database = await createTestDatabase();
    await applyMigrations(database.url);
    clients.push(await openDatabase(database.url));
    // Two clients are two connections, as two processes would have. SQLite's clients in one
    // process would block each other's event loop; its other-process case is in
    // several-processes.test.ts, so here they share one client.
    if (providerOfClient(clients[0]!) === "postgresql")
      clients.push(await openDatabase(database.url));
  });

  afterAll(async () => {
    for (const db of clients) await db.$disconnect();
    await database.drop();
  });

  it("runs each occurrence once when ticks fire together", async () => {
    const db = clients[0]!;
    const drive = await ensureDrive(db, { name: "Drive test", timezone: "Europe/Paris" });
    await db.member.createMany({
      data: Array.from({ length: 30 }, (_, i) => ({
        driveId: drive.id,
        telegramId: BigInt(2_000_000 + i),
        firstName: `C${i}`,
        consentAt: new Date("2026-11-01T10:00:00Z"),
      })),
    });
    const logger = createLogger("silent");
    const signer = createCallbackSigner("123456:tests");
    // Friday 4 December 2026, 18:05 in Paris: the session opens and its newsletter leaves.
    const friday = new Date("2026-12-04T17:05:00Z");
    const ticks = Array.from({ length: 6 }, (_, i) =>
      tick({ db: clients[i % clients.length]!, logger, driveId: drive.id, signer }, friday),
    );
    const results = await Promise.all(ticks);

    const opened = await db.session.count({ where: { status: "open" } });
    const sessions = await db.session.count();
    const perChat = await db.outboxMessage.groupBy({ by: ["chatId"], _count: { _all: true } });
    const repeated = perChat.filter((row) => row._count._all > 1).length;
    report("6 ticks at once at the opening time", {
      ticks: ticks.length,
      processes: clients.length,
      failedSteps: results.flatMap((result) => result.failed).length,
      sessionsOpened: opened,
      recipientsMessaged: perChat.length,
      recipientsMessagedTwice: repeated,
    });
    expect(results.flatMap((result) => result.failed)).toEqual([]);
    expect(opened).toBe(1);
    expect(sessions).toBeLessThanOrEqual(2);
    expect(perChat).toHaveLength(30);
    expect(repeated).toBe(0);
  });
});
