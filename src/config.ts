import { IANAZone } from "luxon";
import { z } from "zod";

const logLevels = ["fatal", "error", "warn", "info", "debug", "trace", "silent"] as const;

const tokenHelp =
  "get one from @BotFather in Telegram (/newbot) and put TELEGRAM_BOT_TOKEN=<token> in .env";

const fields = {
  TELEGRAM_BOT_TOKEN: z
    .string({ error: `is missing: ${tokenHelp}` })
    .regex(/^\d+:[A-Za-z0-9_-]{20,}$/, `does not look like a bot token: ${tokenHelp}`),
  TELEGRAM_API_ROOT: z
    .url({ error: "must be an http(s) URL such as https://api.telegram.org" })
    .default("https://api.telegram.org"),
  DATABASE_URL: z
    .string()
    .regex(
      /^(file:|postgres(ql)?:\/\/)/,
      "must start with file: (SQLite, e.g. file:./data/drive.db) or postgresql://",
    )
    .default("file:./data/drive.db"),
  DRIVE_NAME: z.string().min(1).max(80).default("Drive fermier"),
  DRIVE_TIMEZONE: z
    .string()
    .refine((zone) => IANAZone.isValidZone(zone), "must be an IANA zone such as Europe/Paris")
    .default("Europe/Paris"),
  BOT_MODE: z
    .enum(["polling", "webhook"], { error: "must be polling or webhook" })
    .default("polling"),
  WEBHOOK_URL: z.url({ error: "must be the public https URL Telegram will call" }).optional(),
  WEBHOOK_SECRET: z
    .string()
    .regex(/^[A-Za-z0-9_-]{16,256}$/, "must be 16–256 characters of A–Z, a–z, 0–9, _ or -")
    .optional(),
  PORT: z.coerce
    .number({ error: "must be a port number" })
    .int()
    .min(1, "must be a port number between 1 and 65535")
    .max(65535, "must be a port number between 1 and 65535")
    .default(8080),
  LOG_LEVEL: z.enum(logLevels, { error: `must be one of ${logLevels.join(", ")}` }).default("info"),
  OUTBOX_MESSAGES_PER_SECOND: z.coerce.number().positive().max(30).default(29),
  OUTBOX_CHAT_INTERVAL_MS: z.coerce.number().int().min(0).default(1050),
  OUTBOX_POLL_INTERVAL_MS: z.coerce.number().int().min(10).default(500),
  OUTBOX_CLAIM_LEASE_MS: z.coerce.number().int().min(1000).default(60_000),
  OUTBOX_SEND_TIMEOUT_MS: z.coerce.number().int().min(100).default(30_000),
  SCHEDULER: z.enum(["on", "off"], { error: "must be on or off" }).default("on"),
};

function makeSchema(tokenRequired: boolean) {
  const shape = tokenRequired
    ? fields
    : { ...fields, TELEGRAM_BOT_TOKEN: fields.TELEGRAM_BOT_TOKEN.optional() };
  return z.object(shape).superRefine((env, ctx) => {
    // A relay's own queue holds a few seconds of claimed sends; a shorter lease would let
    // another relay take them over while they wait, and send them twice.
    if (env.OUTBOX_CLAIM_LEASE_MS < env.OUTBOX_SEND_TIMEOUT_MS + 5000) {
      ctx.addIssue({
        code: "custom",
        path: ["OUTBOX_CLAIM_LEASE_MS"],
        message: "must be at least OUTBOX_SEND_TIMEOUT_MS + 5000",
      });
    }
    if (env.BOT_MODE !== "webhook") return;
    if (!env.WEBHOOK_URL) {
      ctx.addIssue({
        code: "custom",
        path: ["WEBHOOK_URL"],
        message: "is required with BOT_MODE=webhook",
      });
    }
    if (!env.WEBHOOK_SECRET) {
      ctx.addIssue({
        code: "custom",
        path: ["WEBHOOK_SECRET"],
        message: "is required with BOT_MODE=webhook",
      });
    }
  });
}

export type Config = {
  telegram: { token: string; apiRoot: string };
  databaseUrl: string;
  drive: { name: string; timezone: string };
  mode: { kind: "polling" } | { kind: "webhook"; url: string; secret: string; port: number };
  port: number;
  logLevel: (typeof logLevels)[number];
  outbox: {
    messagesPerSecond: number;
    chatIntervalMs: number;
    pollIntervalMs: number;
    claimLeaseMs: number;
    sendTimeoutMs: number;
  };
  scheduler: boolean;
};

export type ConfigResult = { ok: true; config: Config } | { ok: false; errors: string[] };

/** Parses the environment once; every bad variable gives one line naming it and the fix. */
export function loadConfig(
  env: NodeJS.ProcessEnv,
  options: { tokenRequired?: boolean } = {},
): ConfigResult {
  const blankAsMissing = Object.fromEntries(
    Object.entries(env).filter(([, value]) => value !== undefined && value.trim() !== ""),
  );
  // The CLI works on the database alone; it talks to Telegram only when a token is there.
  const parsed = makeSchema(options.tokenRequired !== false).safeParse(blankAsMissing);
  if (!parsed.success) {
    const errors = parsed.error.issues.map((issue) => `${issue.path.join(".")} ${issue.message}`);
    return { ok: false, errors: [...new Set(errors)] };
  }
  const e: typeof parsed.data & { TELEGRAM_BOT_TOKEN?: string } = parsed.data;
  const mode: Config["mode"] =
    e.BOT_MODE === "webhook"
      ? { kind: "webhook", url: e.WEBHOOK_URL!, secret: e.WEBHOOK_SECRET!, port: e.PORT }
      : { kind: "polling" };
  return {
    ok: true,
    config: {
      telegram: { token: e.TELEGRAM_BOT_TOKEN ?? "", apiRoot: e.TELEGRAM_API_ROOT },
      databaseUrl: e.DATABASE_URL,
      drive: { name: e.DRIVE_NAME, timezone: e.DRIVE_TIMEZONE },
      mode,
      port: e.PORT,
      logLevel: e.LOG_LEVEL,
      outbox: {
        messagesPerSecond: e.OUTBOX_MESSAGES_PER_SECOND,
        chatIntervalMs: e.OUTBOX_CHAT_INTERVAL_MS,
        pollIntervalMs: e.OUTBOX_POLL_INTERVAL_MS,
        claimLeaseMs: e.OUTBOX_CLAIM_LEASE_MS,
        sendTimeoutMs: e.OUTBOX_SEND_TIMEOUT_MS,
      },
      scheduler: e.SCHEDULER === "on",
    },
  };
}
