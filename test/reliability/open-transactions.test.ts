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

  it("keeps a write made outside when the open transaction rolls back", async () => {
    let inside = () => {};
    const opened = new Promise<void>((resolve) => (inside = resolve));
    const failing = db.$transaction(async (tx) => {
      await tx.processedUpdate.create({ data: { updateId: 1n, receivedAt, handledBy: "tx" } });
      inside();
      await pause(100);
      throw new Error("out of stock");
    });
    await opened;
    await db.processedUpdate.create({ data: { updateId: 2n, receivedAt, handledBy: "outside" } });
    await expect(failing).rejects.toThrow("out of stock");
    const rows = await db.processedUpdate.findMany({ select: { updateId: true } });
    expect(rows.map((row) => row.updateId)).toEqual([2n]);
  });

  it("does not let a read outside see a row that the open transaction rolls back", async () => {
    let inside = () => {};
    const opened = new Promise<void>((resolve) => (inside = resolve));
    const failing = db.$transaction(async (tx) => {
      await tx.processedUpdate.create({ data: { updateId: 3n, receivedAt, handledBy: "tx" } });
      inside();
      await pause(50);
      throw new Error("out of stock");
    });
    await opened;
    const seen = await db.processedUpdate.findUnique({ where: { updateId: 3n } });
    await expect(failing).rejects.toThrow("out of stock");
    expect(seen).toBe(null);
  });
});
