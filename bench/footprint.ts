import { spawn, type ChildProcess } from "node:child_process";
import { readFileSync, readdirSync } from "node:fs";
import { openDatabase } from "../src/db/client.ts";
import { ensureDrive } from "../src/db/drive.ts";
import { applyMigrations } from "../src/db/migrate.ts";
import { seedDemo } from "../src/cli/seed-demo.ts";
import { startFakeBotApi } from "../test/support/fake-bot-api.ts";
import { SimulatedUser } from "../test/support/simulated-user.ts";
import { basicConversation } from "./conversation.ts";
import { createBenchDatabase } from "./database.ts";
import { driveUsers } from "./load.ts";

export type FootprintFigures = {
  /** From spawning `npx tsx src/main.ts` to the fake API receiving the answer to /start. */
  startToFirstAnswerMs: number;
  /** Resident memory of the bot's process tree (npx, tsx, node) and of the node running it. */
  idleTreeRss: number;
  idleBotRss: number;
  loadTreeRssPeak: number;
  loadBotRssPeak: number;
  loadUsers: number;
  loadUpdatesPerSecond: number;
  loadNote: string;
};

const token = "123456:AAFakeTokenForTheBenchOnly_0123456789";

/** The bot as it is deployed, in its own process, on a seeded SQLite file. */
export async function measureFootprint(users: number): Promise<FootprintFigures> {
  const api = await startFakeBotApi({ token });
  const database = await createBenchDatabase("sqlite");
  await applyMigrations(database.url);
  const db = await openDatabase(database.url);
  const drive = await ensureDrive(db, { name: "Drive fermier", timezone: "Europe/Paris" });
  await seedDemo(db, drive.id, new Date());
  await db.$disconnect();

  const first = new SimulatedUser(api, { id: 42, firstName: "Camille", timeoutMs: 120_000 });
  const spawnedAt = Date.now();
  const child = spawn("npx", ["tsx", "src/main.ts"], {
    env: {
      ...process.env,
      TELEGRAM_BOT_TOKEN: token,
      TELEGRAM_API_ROOT: api.apiRoot,
      DATABASE_URL: database.url,
      LOG_LEVEL: "silent",
      SCHEDULER: "off",
    },
    stdio: "ignore",
  });
  try {
    await first.command("start");
    const answer = api.callsOf("sendMessage").find((call) => call.chatId === 42);
    const startToFirstAnswerMs = (answer?.at ?? Number.NaN) - spawnedAt;
    await new Promise((resolve) => setTimeout(resolve, 2000));
    const idle = rssOf(child);

    let peak = idle;
    const sampler = setInterval(() => {
      const now = rssOf(child);
      peak = { tree: Math.max(peak.tree, now.tree), bot: Math.max(peak.bot, now.bot) };
    }, 100);
    const load = await driveUsers({
      api,
      users,
      firstUserId: 300_000,
      steps: basicConversation.steps,
      handled: [],
      perform: (user, step) => ("text" in step ? user.send(step.text) : user.press(step.press)),
    });
    clearInterval(sampler);
    return {
      startToFirstAnswerMs,
      idleTreeRss: idle.tree,
      idleBotRss: idle.bot,
      loadTreeRssPeak: peak.tree,
      loadBotRssPeak: peak.bot,
      loadUsers: users,
      loadUpdatesPerSecond: load.updatesPerSecond,
      loadNote:
        "the basic conversation (the spawned bot runs on the real clock, when the session " +
        "may be closed)",
    };
  } finally {
    await stopChild(child);
    await api.close();
    await database.drop();
  }
}

/** Resident bytes of the process tree under `child`, and of its largest member (the bot). */
function rssOf(child: ChildProcess): { tree: number; bot: number } {
  const pids = descendants(child.pid!);
  const sizes = pids.map(residentBytes);
  return { tree: sizes.reduce((a, b) => a + b, 0), bot: Math.max(0, ...sizes) };
}

function descendants(root: number): number[] {
  const parents = new Map<number, number>();
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, "utf8");
      const ppid = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
      parents.set(Number(entry), ppid);
    } catch {
      // the process ended meanwhile
    }
  }
  const found = [root];
  for (let i = 0; i < found.length; i++) {
    for (const [pid, ppid] of parents) if (ppid === found[i]) found.push(pid);
  }
  return found;
}

function residentBytes(pid: number): number {
  try {
    const status = readFileSync(`/proc/${pid}/status`, "utf8");
    const kb = /VmRSS:\s+(\d+) kB/.exec(status)?.[1];
    return kb === undefined ? 0 : Number(kb) * 1024;
  } catch {
    return 0;
  }
}

/** npx does not pass SIGTERM on to tsx and node: each process of the tree gets it. */
async function stopChild(child: ChildProcess): Promise<void> {
  const pids = descendants(child.pid!).reverse();
  for (const pid of pids) signal(pid, "SIGTERM");
  const deadline = Date.now() + 10_000;
  while (pids.some(alive) && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  for (const pid of pids.filter(alive)) signal(pid, "SIGKILL");
}

function signal(pid: number, name: NodeJS.Signals): void {
  try {
    process.kill(pid, name);
  } catch {
    // already gone
  }
}

function alive(pid: number): boolean {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    return stat.slice(stat.lastIndexOf(")") + 2, stat.lastIndexOf(")") + 3) !== "Z";
  } catch {
    return false;
  }
}
