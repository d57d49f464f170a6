import { parseArgs } from "node:util";

export const sections = ["conversation", "broadcast", "scale", "footprint"] as const;
export type Section = (typeof sections)[number];
export type DatabaseKind = "sqlite" | "postgresql";

export type BenchParams = {
  customers: number;
  repetitions: number;
  /** Updates per second offered in the paced conversation run (customers pause between steps). */
  pacedPerSecond: number;
  broadcast: number[];
  lines: number[];
  only: Section[];
  databases: DatabaseKind[];
  /** Telegram's limits enforced by the fake API during the broadcast. */
  limits: { globalPerSecond: number; perChatPerSecond: number };
  quick: boolean;
  out: string;
};

const defaults = {
  customers: 200,
  repetitions: 3,
  pacedPerSecond: 40,
  broadcast: [600, 3000],
  lines: [150, 2500, 100_000],
};

const quickDefaults = {
  customers: 20,
  repetitions: 1,
  pacedPerSecond: 20,
  broadcast: [60],
  lines: [150, 1500],
};

export const usage = `npm run bench -- [options]
  --customers N        simulated customers in parallel (default ${defaults.customers})
  --repetitions N      repetitions whose median is reported (default ${defaults.repetitions})
  --paced N            updates/s offered in the paced conversation run, where customers
                       pause between steps (default ${defaults.pacedPerSecond})
  --broadcast A,B      recipients per broadcast run (default ${defaults.broadcast.join(",")})
  --lines A,B,C        order lines of the pick-list and packing datasets
                       (default ${defaults.lines.join(",")})
  --only a,b           sections among ${sections.join(",")} (default all)
  --db a,b             sqlite,postgresql (default sqlite,postgresql; postgresql skipped if down)
  --global-limit N     messages/s overall the fake API allows (default 30)
  --chat-limit N       messages/s per chat the fake API allows (default 1)
  --quick              a fast smoke run (${quickDefaults.customers} customers, 1 repetition,
                       small sizes)
  --out FILE           the report (default docs/PERFORMANCE.md; a temp file with --quick)`;

/** Reads the command-line flags; every figure has a default, so `npm run bench` alone works. */
export function parseParams(argv: string[]): BenchParams {
  const { values } = parseArgs({
    args: argv,
    options: {
      customers: { type: "string" },
      repetitions: { type: "string" },
      paced: { type: "string" },
      broadcast: { type: "string" },
      lines: { type: "string" },
      only: { type: "string" },
      db: { type: "string" },
      "global-limit": { type: "string" },
      "chat-limit": { type: "string" },
      quick: { type: "boolean", default: false },
      out: { type: "string" },
      help: { type: "boolean", default: false },
    },
    strict: true,
  });
  if (values.help) {
    console.log(usage);
    process.exit(0);
  }
  const base = values.quick ? quickDefaults : defaults;
  return {
    customers: positive("customers", values.customers, base.customers),
    repetitions: positive("repetitions", values.repetitions, base.repetitions),
    pacedPerSecond: positive("paced", values.paced, base.pacedPerSecond),
    broadcast: list("broadcast", values.broadcast, base.broadcast),
    lines: list("lines", values.lines, base.lines),
    only: choices("only", values.only, sections),
    databases: choices("db", values.db, ["sqlite", "postgresql"] as const),
    limits: {
      globalPerSecond: positive("global-limit", values["global-limit"], 30),
      perChatPerSecond: positive("chat-limit", values["chat-limit"], 1),
    },
    quick: values.quick === true,
    out: values.out ?? (values.quick ? "/tmp/drive-fermier-bench.md" : "docs/PERFORMANCE.md"),
  };
}

function positive(name: string, raw: string | undefined, fallback: number): number {
  if (raw === undefined) return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value <= 0)
    throw new Error(`--${name} must be a positive integer`);
  return value;
}

function list(name: string, raw: string | undefined, fallback: number[]): number[] {
  if (raw === undefined) return fallback;
  return raw.split(",").map((part) => positive(name, part.trim(), 0));
}

function choices<T extends string>(name: string, raw: string | undefined, all: readonly T[]): T[] {
  if (raw === undefined) return [...all];
  const picked = raw.split(",").map((part) => part.trim());
  for (const value of picked) {
    if (!all.includes(value as T))
      throw new Error(`--${name}: ${value} is not one of ${all.join(",")}`);
  }
  return picked as T[];
}
