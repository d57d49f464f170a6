import { spawn, type ChildProcess } from "node:child_process";
import { createServer } from "node:net";
import { testToken } from "../support/test-app.ts";

export type BotProcess = {
  child: ChildProcess;
  /** Everything the process wrote on stdout and stderr so far. */
  output(): string;
  /** Resolves once the process logged `message` (a pino `msg`). */
  waitForLog(message: string, timeoutMs?: number): Promise<void>;
  /** Resolves with the exit code (null when killed by a signal) and the signal. */
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
};

/**
 * Starts the real bot (`tsx src/main.ts`) as a child process, against the
 * fake Bot API at `apiRoot` and the database at `databaseUrl`, so a test can
 * kill it for real.
 */
export function spawnBot(apiRoot: string, databaseUrl: string, env: Record<string, string> = {}) {
  const child = spawn(process.execPath, ["--import", "tsx", "src/main.ts"], {
    cwd: process.cwd(),
    env: {
      PATH: process.env.PATH ?? "",
      HOME: process.env.HOME ?? "/tmp",
      TELEGRAM_BOT_TOKEN: testToken,
      TELEGRAM_API_ROOT: apiRoot,
      DATABASE_URL: databaseUrl,
      LOG_LEVEL: "info",
      OUTBOX_POLL_INTERVAL_MS: "20",
      OUTBOX_CHAT_INTERVAL_MS: "0",
      OUTBOX_MESSAGES_PER_SECOND: "30",
      OUTBOX_CLAIM_LEASE_MS: "6000",
      OUTBOX_SEND_TIMEOUT_MS: "1000",
      SCHEDULER: "off",
      ...env,
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  const listeners = new Set<() => void>();
  const collect = (chunk: Buffer) => {
    output += chunk.toString("utf8");
    for (const listener of [...listeners]) listener();
  };
  child.stdout!.on("data", collect);
  child.stderr!.on("data", collect);
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.once("exit", (code, signal) => {
      resolve({ code, signal });
      for (const listener of [...listeners]) listener();
    }),
  );
  let done = false;
  void exited.then(() => (done = true));

  const bot: BotProcess = {
    child,
    exited,
    output: () => output,
    waitForLog(message, timeoutMs = 20_000) {
      const seen = () => output.includes(`"msg":"${message}"`);
      if (seen()) return Promise.resolve();
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => {
          listeners.delete(check);
          reject(new Error(`no "${message}" in ${timeoutMs} ms; output:\n${output.slice(-3000)}`));
        }, timeoutMs);
        function check() {
          if (seen()) {
            clearTimeout(timer);
            listeners.delete(check);
            resolve();
          } else if (done) {
            clearTimeout(timer);
            listeners.delete(check);
            reject(
              new Error(`the bot exited before "${message}"; output:\n${output.slice(-3000)}`),
            );
          }
        }
        listeners.add(check);
      });
    },
  };
  return bot;
}

/** Stops a child that is still running (SIGKILL), and waits for it. */
export async function killBot(bot: BotProcess): Promise<void> {
  if (bot.child.exitCode === null && bot.child.signalCode === null) bot.child.kill("SIGKILL");
  await bot.exited;
}

const usedPorts = new Set<number>();

/**
 * A TCP port nobody listens on right now, below the ephemeral range (32768+)
 * so that an outgoing connection cannot take it before the bot listens.
 */
export async function freePort(): Promise<number> {
  for (;;) {
    const port = 20_000 + Math.floor(Math.random() * 12_000);
    if (usedPorts.has(port)) continue;
    if (await canListen(port)) {
      usedPorts.add(port);
      return port;
    }
  }
}

function canListen(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const server = createServer();
    server.once("error", () => resolve(false));
    server.listen(port, "0.0.0.0", () => server.close(() => resolve(true)));
  });
}

/** Successful sends per chat, from the fake API's record of calls. */
export function sendsPerChat(
  calls: { method: string; chatId?: number; response?: { ok: boolean } }[],
) {
  const counts = new Map<number, number>();
  for (const call of calls) {
    if (call.method !== "sendMessage" || call.response?.ok !== true) continue;
    if (call.chatId === undefined) continue;
    counts.set(call.chatId, (counts.get(call.chatId) ?? 0) + 1);
  }
  return counts;
}
