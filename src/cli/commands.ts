import { DateTime } from "luxon";
import Database from "better-sqlite3";
import { Telegram } from "telegraf";
import { createCallbackSigner } from "../bot/callback-data.ts";
import type { Config } from "../config.ts";
import { openDatabase, providerOf, type Db } from "../db/client.ts";
import { ensureDrive } from "../db/drive.ts";
import { createInvitation, type InvitationRole } from "../db/invitations.ts";
import { applyMigrations } from "../db/migrate.ts";
import { closeSessionNow } from "../jobs/close-session.ts";
import type { JobDeps } from "../jobs/job-deps.ts";
import { openSessionNow } from "../jobs/open-session.ts";
import type { Logger } from "../logger.ts";
import { seedDemo } from "./seed-demo.ts";

export const usage = `Usage: npm run cli -- <command> [options]

Commands:
  migrate                          apply the committed migrations
  seed --demo                      load the demo drive (safe to run twice)
  invite coordinator|volunteer     print a one-time invitation link (7 days)
  invite producer --farm "Name"    same, for a farm (created if new)
  session open|close|status        open or close the session now, or show it
  shift add --member <id or crate name> --day YYYY-MM-DD --task <what>
                                   record a volunteer's help
  backup [--to <file>]             consistent copy of the SQLite database
  --help                           this text`;

type Options = {
  demo?: boolean;
  farm?: string;
  member?: string;
  day?: string;
  task?: string;
  to?: string;
};

/** Runs one CLI command and returns the exit status (2 for bad arguments). */
export async function runCommand(
  config: Config,
  logger: Logger,
  args: string[],
  options: Options,
): Promise<number> {
  const [command, sub] = args;
  const bad = (why: string) => {
    console.error(`${why}\n\n${usage}`);
    return 2;
  };
  if (command === "backup") return backup(config, options.to);
  if (!["migrate", "seed", "invite", "session", "shift"].includes(command ?? "")) {
    return bad(`Unknown command "${command}".`);
  }

  const applied = await applyMigrations(config.databaseUrl);
  if (command === "migrate") {
    console.log(applied.length ? `Applied: ${applied.join(", ")}` : "Database up to date.");
    return 0;
  }
  const db = await openDatabase(config.databaseUrl);
  try {
    const drive = await ensureDrive(db, config.drive);
    const deps: JobDeps = {
      db,
      logger,
      driveId: drive.id,
      signer: createCallbackSigner(config.telegram.token),
    };
    const now = new Date();
    switch (command) {
      case "seed": {
        if (!options.demo) return bad("seed needs --demo.");
        const summary = await seedDemo(db, drive.id, now);
        console.log(
          `Demo drive ready: ${summary.producers} producers, ${summary.products} products, ` +
            `${summary.customers} customers, session ${summary.sessionId} open.`,
        );
        return 0;
      }
      case "invite":
        return invite(config, db, drive.id, sub, options.farm, now, bad);
      case "session":
        return session(deps, sub, now, bad);
      case "shift":
        return shift(db, drive.id, sub, options, bad);
    }
    return 2;
  } finally {
    await db.$disconnect();
  }
}

async function invite(
  config: Config,
  db: Db,
  driveId: number,
  role: string | undefined,
  farm: string | undefined,
  now: Date,
  bad: (why: string) => number,
): Promise<number> {
  if (role !== "coordinator" && role !== "volunteer" && role !== "producer") {
    return bad("invite needs coordinator, volunteer or producer.");
  }
  let producerId: number | null = null;
  if (role === "producer") {
    if (!farm?.trim()) return bad('invite producer needs --farm "Farm name".');
    const producer = await db.producer.upsert({
      where: { driveId_name: { driveId, name: farm.trim() } },
      create: { driveId, name: farm.trim() },
      update: {},
    });
    producerId = producer.id;
  }
  const { code, expiresAt } = await createInvitation(db, {
    driveId,
    role: role as InvitationRole,
    producerId,
    now,
  });
  const username = await botUsername(config);
  console.log(`https://t.me/${username ?? "<your_bot>"}?start=${code}`);
  console.log(`One use, valid until ${expiresAt.toISOString()}.`);
  if (!username) console.log("(Set TELEGRAM_BOT_TOKEN to print the bot's name in the link.)");
  return 0;
}

/** The bot's @username, or null when there is no token or Telegram cannot be reached. */
async function botUsername(config: Config): Promise<string | null> {
  if (!config.telegram.token) return null;
  const telegram = new Telegram(config.telegram.token, { apiRoot: config.telegram.apiRoot });
  const timeout = new Promise<null>((resolve) => setTimeout(() => resolve(null), 5000).unref());
  const me = telegram.getMe().then(
    (bot) => bot.username,
    () => null,
  );
  return Promise.race([me, timeout]);
}

async function session(
  deps: JobDeps,
  action: string | undefined,
  now: Date,
  bad: (why: string) => number,
): Promise<number> {
  if (action === "open") {
    const result = await openSessionNow(deps, now);
    console.log(
      result.opened
        ? `Session ${result.session.id} is open until ${result.session.closesAt.toISOString()}.`
        : `Session ${result.session.id} was already open.`,
    );
    return 0;
  }
  if (action === "close") {
    const result = await closeSessionNow(deps, now);
    console.log(
      result.closed
        ? `Session ${result.session.id} closed; pick lists are in the outbox.`
        : "No session is open.",
    );
    return 0;
  }
  if (action === "status") {
    const sessions = await deps.db.session.findMany({
      where: { driveId: deps.driveId },
      orderBy: { opensAt: "desc" },
      take: 5,
      include: { _count: { select: { orders: true } } },
    });
    for (const row of sessions) {
      console.log(
        `#${row.id} ${row.status.padEnd(9)} opens ${row.opensAt.toISOString()} ` +
          `closes ${row.closesAt.toISOString()} orders ${row._count.orders}`,
      );
    }
    if (sessions.length === 0) console.log("No session yet.");
    return 0;
  }
  return bad("session needs open, close or status.");
}

async function shift(
  db: Db,
  driveId: number,
  action: string | undefined,
  options: Options,
  bad: (why: string) => number,
): Promise<number> {
  if (action !== "add") return bad("shift needs add.");
  if (!options.member || !options.day || !options.task) {
    return bad("shift add needs --member, --day and --task.");
  }
  const day = DateTime.fromISO(options.day, { zone: "UTC" });
  if (!day.isValid || !/^\d{4}-\d{2}-\d{2}$/.test(options.day)) {
    return bad("--day must be a date such as 2026-12-09.");
  }
  const asId = /^\d+$/.test(options.member) ? BigInt(options.member) : null;
  const member = await db.member.findFirst({
    where: {
      driveId,
      erasedAt: null,
      OR: [...(asId ? [{ telegramId: asId }] : []), { crateName: options.member }],
    },
  });
  if (!member) return bad(`No member with Telegram id or crate name "${options.member}".`);
  await db.shift.create({
    data: { memberId: member.id, day: day.plus({ hours: 12 }).toJSDate(), task: options.task },
  });
  console.log(`Shift recorded for ${member.crateName || member.firstName} on ${options.day}.`);
  return 0;
}

/**
 * Copies the SQLite database while the bot runs: better-sqlite3's online
 * backup reads a consistent snapshot even with writers in WAL mode.
 */
async function backup(config: Config, to: string | undefined): Promise<number> {
  if (providerOf(config.databaseUrl) !== "sqlite") {
    console.error("backup copies SQLite files; for PostgreSQL use pg_dump.");
    return 2;
  }
  const source = config.databaseUrl.replace(/^file:/, "");
  const stamp = new Date().toISOString().replace(/[:.]/g, "-");
  const target = to ?? `${source.replace(/\.db$/, "")}-backup-${stamp}.db`;
  const db = new Database(source, { readonly: true, fileMustExist: true });
  try {
    await db.backup(target);
  } finally {
    db.close();
  }
  console.log(`Backup written to ${target}.`);
  return 0;
}
