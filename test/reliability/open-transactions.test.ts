import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openDatabase, type Db } from "../../src/db/client.ts";
import { applyMigrations } from "../../src/db/migrate.ts";
import { createTestDatabase, type TestDatabase } from "../support/test-database.ts";

// Every update shares one client. On SQLite that is one connection, so a statement of one
// update must not run inside another update's open transaction.
describe("statements outside a transaction while another one is open", () => {
  let database: TestDatabase;
  let db: Db;
  const receivedAt = new Date("2026-12-05T11:00:00Z");
  const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

  beforeAll(async () => {
    database = await createTestDatabase();
    await applyMigrations(database.url);
    db = await openDatabase(database.url);
  });

  afterAll(async () => {
    await db.$disconnect();
    await database.drop();
  });

  /** A transaction that writes `updateId`, stays open `ms`, then fails and rolls back. */
  function failingTransaction(updateId: bigint, ms: number) {
    let inside = () => {};
    const opened = new Promise<void>((resolve) => (inside = resolve));
    const failed = db.$transaction(async (tx) => {
      await tx.processedUpdate.create({ data: { updateId, receivedAt, handledBy: "tx" } });
      inside();
      await pause(ms);
      throw new Error("out of stock");
    });
    return { opened, failed };
  }

  it("keeps a write made outside when the open transaction rolls back", async () => {
    const { opened, failed } = failingTransaction(1n, 100);
    await opened;
    await db.processedUpdate.create({ data: { updateId: 2n, receivedAt, handledBy: "outside" } });
    await expect(failed).rejects.toThrow("out of stock");
    const rows = await db.processedUpdate.findMany({ select: { updateId: true } });
    expect(rows.map((row) => row.updateId)).toEqual([2n]);
  });

  it("does not let a read outside see a row that the open transaction rolls back", async () => {
    const { opened, failed } = failingTransaction(3n, 50);
    await opened;
    const seen = await db.processedUpdate.findUnique({ where: { updateId: 3n } });
    await expect(failed).rejects.toThrow("out of stock");
    expect(seen).toBe(null);
  });
});
