import { execFile } from "node:child_process";
import { join } from "node:path";
import { promisify } from "node:util";
import Database from "better-sqlite3";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openDatabase, type Db } from "../../src/db/client.ts";
import { ensureDrive } from "../../src/db/drive.ts";
import { applyMigrations } from "../../src/db/migrate.ts";
import { createTestDatabase, type TestDatabase } from "../support/test-database.ts";
import { report } from "./report.ts";

describe.skipIf(process.env.TEST_DATABASE === "postgresql")("npm run cli -- backup", () => {
  let database: TestDatabase;
  let db: Db;

  beforeAll(async () => {
    database = await createTestDatabase();
    await applyMigrations(database.url);
    db = await openDatabase(database.url);
  });

  afterAll(async () => {
    await db.$disconnect();
    await database.drop();
  });

  it("makes a consistent copy while the database is being written", async () => {
    const drive = await ensureDrive(db, { name: "Drive test", timezone: "Europe/Paris" });
    let writing = true;
    let written = 0;
    // Each transaction writes a member and their message: a torn copy would show one alone.
    const writer = (async () => {
      while (writing) {
        await db.$transaction(async (tx) => {
          const member = await tx.member.create({
            data: { driveId: drive.id, telegramId: BigInt(9_000_000 + written), firstName: "B" },
          });
          await tx.outboxMessage.create({
            data: { chatId: member.telegramId, memberId: member.id, payload: "{}", reason: "b" },
          });
        });
        written++;
        // Like the bot, write between other events rather than in one unbroken loop.
        await new Promise((resolve) => setTimeout(resolve, 2));
      }
    })();
    const target = join(database.url.replace(/^file:/, ""), "..", "copy.db");
    const { stdout } = await promisify(execFile)(
      process.execPath,
      ["--import", "tsx", "src/cli/main.ts", "backup", "--to", target],
      { env: { ...process.env, DATABASE_URL: database.url, LOG_LEVEL: "silent" } },
    );
    writing = false;
    await writer;

    const copy = new Database(target, { readonly: true });
    const integrity = copy.pragma("integrity_check", { simple: true });
    const members = (copy.prepare(`SELECT count(*) AS n FROM "Member"`).get() as { n: number }).n;
    const messages = (
      copy.prepare(`SELECT count(*) AS n FROM "OutboxMessage"`).get() as { n: number }
    ).n;
    copy.close();
    report("backup while writing", {
      writtenDuringBackup: written,
      membersInCopy: members,
      messagesInCopy: messages,
    });
    expect(stdout).toContain("Backup written");
    expect(integrity).toBe("ok");
    expect(written).toBeGreaterThan(0);
    expect(members).toBe(messages);
  }, 60_000);
});
