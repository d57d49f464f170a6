import { cpus, platform, release, totalmem } from "node:os";
import type { BroadcastFigures } from "./broadcast.ts";
import type { ConversationFigures } from "./conversation.ts";
import type { FootprintFigures } from "./footprint.ts";
import type { BenchParams } from "./params.ts";
import type { ScaleFigures } from "./scale.ts";
import { formatMb, formatMs, formatNumber, formatRatio } from "./stats.ts";

export type BenchResults = {
  params: BenchParams;
  command: string;
  startedAt: Date;
  durationMs: number;
  conversation: ConversationFigures[];
  broadcast: BroadcastFigures[];
  scale: ScaleFigures[];
  footprint?: FootprintFigures;
  notes: string[];
};

type Table = { title: string; head: string[]; rows: string[][] };

export function machineLines(): string[] {
  const cpu = cpus();
  return [
    `- OS: ${platform()} ${release()}`,
    `- CPU: ${cpu[0]?.model ?? "?"}, ${cpu.length} cores`,
    `- Memory: ${(totalmem() / 1024 ** 3).toFixed(1)} GB`,
    `- Node.js: ${process.version}`,
  ];
}

const pass = (ok: boolean) => (ok ? "yes" : "**no**");

export function tables(results: BenchResults): Table[] {
  const out: Table[] = [];
  if (results.conversation.length > 0) {
    out.push({
      title: "1. Conversation throughput (bot vs echo bot, same fake API, same users and updates)",
      head: [
        "db",
        "users",
        "updates/s bot",
        "updates/s echo",
        "ratio",
        "updates/s core only",
        "core ratio",
        "handle p50",
        "handle p99",
        "round trip p50",
        "round trip p99",
        "echo handle p99",
        "errors",
        "≥ 0.5×",
      ],
      rows: results.conversation.map((f) => [
        f.kind,
        String(f.users),
        formatNumber(f.botUpdatesPerSecond),
        formatNumber(f.echoUpdatesPerSecond),
        formatRatio(f.ratio),
        formatNumber(f.coreUpdatesPerSecond),
        formatRatio(f.coreRatio),
        formatMs(f.handleP50),
        formatMs(f.handleP99),
        formatMs(f.roundTripP50),
        formatMs(f.roundTripP99),
        formatMs(f.echoHandleP99),
        String(f.errors),
        pass(f.ratio >= 0.5),
      ]),
    });
  }
  const paced = results.conversation.flatMap((f) =>
    f.paced ? [{ kind: f.kind, ...f.paced }] : [],
  );
  if (paced.length > 0) {
    out.push({
      title: "1b. Time per update at a steady load (customers pause between steps)",
      head: [
        "db",
        "users",
        "offered",
        "updates/s bot",
        "handle p50",
        "handle p99",
        "round trip p99",
        "echo handle p50",
        "echo handle p99",
        "p99 < 50 ms",
      ],
      rows: paced.map((p) => [
        p.kind,
        String(p.bot.users),
        `${p.offeredPerSecond}/s`,
        formatNumber(p.bot.updatesPerSecond),
        formatMs(p.bot.handleP50),
        formatMs(p.bot.handleP99),
        formatMs(p.bot.roundTripP99),
        formatMs(p.echo.handleP50),
        formatMs(p.echo.handleP99),
        pass(p.bot.handleP99 < 50),
      ]),
    });
  }
  if (results.broadcast.length > 0) {
    out.push({
      title: "2. Broadcast through the outbox relay (fake API enforcing the limits, 429 past them)",
      head: [
        "db",
        "recipients",
        "runs",
        "relay setting",
        "limit",
        "steady rate / limit",
        "overall rate / limit",
        "429 received",
        "seconds",
        "≥ 0.95 and no 429",
      ],
      rows: results.broadcast.map((f) => [
        f.kind,
        formatNumber(f.recipients),
        String(f.runs.length),
        `${f.messagesPerSecond}/s`,
        `${f.limit}/s`,
        formatRatio(f.steadyRatio),
        formatRatio(f.overallRatio),
        String(f.tooManyRequests),
        formatNumber(f.seconds, 1),
        pass(f.steadyRatio >= 0.95 && f.tooManyRequests === 0),
      ]),
    });
  }
  if (results.scale.length > 0) {
    out.push({
      title: "3. Every pick list and every crate ticket's data, by number of order lines",
      head: [
        "db",
        "order lines",
        "orders",
        "pick lists",
        "crate tickets",
        "total",
        "ms per 1,000 lines",
        "time × / lines × vs previous size",
        "< 1 s",
      ],
      rows: results.scale.map((f, i) => {
        const previous = results.scale[i - 1]?.kind === f.kind ? results.scale[i - 1] : undefined;
        const growth = previous
          ? `${formatRatio(f.totalMs / previous.totalMs)} / ` +
            `${formatRatio(f.lines / previous.lines)}`
          : "–";
        return [
          f.kind,
          formatNumber(f.lines),
          formatNumber(f.orders),
          formatMs(f.pickListMs),
          formatMs(f.packingMs),
          formatMs(f.totalMs),
          formatNumber(f.msPerThousandLines, 1),
          growth,
          pass(f.totalMs < 1000),
        ];
      }),
    });
  }
  const fp = results.footprint;
  if (fp) {
    out.push({
      title: "4. Footprint of `npx tsx src/main.ts` (its own process, SQLite)",
      head: ["measure", "value"],
      rows: [
        ["start to the first answer to /start", formatMs(fp.startToFirstAnswerMs)],
        ["resident memory idle, bot process", formatMb(fp.idleBotRss)],
        ["resident memory idle, npx + tsx + bot", formatMb(fp.idleTreeRss)],
        [`peak under ${fp.loadUsers} users, bot process`, formatMb(fp.loadBotRssPeak)],
        [`peak under ${fp.loadUsers} users, npx + tsx + bot`, formatMb(fp.loadTreeRssPeak)],
        ["updates/s during that load", formatNumber(fp.loadUpdatesPerSecond)],
      ],
    });
  }
  return out;
}

function markdownTable(table: Table): string {
  const line = (cells: string[]) => `| ${cells.join(" | ")} |`;
  return [
    `### ${table.title}`,
    "",
    line(table.head),
    line(table.head.map(() => "---")),
    ...table.rows.map(line),
  ].join("\n");
}

/** The table for the terminal: fixed-width columns. */
export function printTables(results: BenchResults): void {
  for (const table of tables(results)) {
    const widths = table.head.map((head, i) =>
      Math.max(head.length, ...table.rows.map((row) => row[i]!.length)),
    );
    const line = (cells: string[]) => cells.map((cell, i) => cell.padEnd(widths[i]!)).join("  ");
    console.log(`\n${table.title}`);
    console.log(line(table.head));
    console.log(widths.map((width) => "-".repeat(width)).join("  "));
    for (const row of table.rows) console.log(line(row));
  }
}

export function markdownReport(results: BenchResults, narrative: string): string {
  const p = results.params;
  const conv = results.conversation[0]?.conversation;
  return [
    "# Performance",
    "",
    "Written by `npm run bench` (bench/main.ts). Machines are shared and noisy, so each figure",
    "is a ratio against a baseline measured in the same run, and a median over repetitions.",
    "",
    "## Run",
    "",
    `- Command: \`${results.command}\``,
    `- Date: ${results.startedAt.toISOString()} ` +
      `(took ${formatNumber(results.durationMs / 60000, 1)} min)`,
    ...machineLines(),
    `- Parameters: ${p.customers} customers, ${p.repetitions} repetitions, paced run at ` +
      `${p.pacedPerSecond} updates/s, broadcast ` +
      `${p.broadcast.join(", ")}, order lines ${p.lines.join(", ")}, ` +
      `sections ${p.only.join(", ")}, databases ${p.databases.join(", ")}, ` +
      `fake API limits ${p.limits.globalPerSecond}/s overall ` +
      `and ${p.limits.perChatPerSecond}/s per chat`,
    ...(conv ? [`- Conversation: ${conv.note} (${conv.steps.length} updates per customer)`] : []),
    "",
    "## Figures",
    "",
    ...tables(results).flatMap((table) => [markdownTable(table), ""]),
    "## How each figure is measured",
    "",
    "- **Conversation**: every simulated customer (test/support/simulated-user.ts) starts at",
    "  once and runs the steps one after the other, waiting for each reply, with no think",
    "  time, against a fresh fake Bot API in the same process. The bot is the real one",
    "  (startTestApp, polling, production outbox settings) on a fresh database after seedDemo",
    "  with unlimited stock. The echo bot is a bare telegraf bot that echoes texts and answers",
    "  callback queries; it gets the same number of users and the same updates (a press is a",
    "  callback query). Echo and bot runs alternate; the ratio is the median of each",
    "  repetition's ratio. *updates/s* is updates over the wall time of the whole run.",
    "  *handle* is the bot's own time per update (telegraf's handleUpdate, start to end, which",
    "  under load includes waiting for the event loop behind the other updates of its",
    "  batch); *round trip* is from the push to the fake API until `waitForProcessed` (in",
    "  polling mode, the next getUpdates, so it includes the whole batch). *core only* is the",
    "  real bot (update guard, member, conversation, logging) whose only feature answers as the",
    "  echo bot does: the share of the budget the core takes before any feature runs.",
    "- **Time per update at a steady load** (1b): the same customers and steps, but each",
    "  customer starts at a random moment and pauses 0.5–1.5 × (users ÷ offered rate) before",
    "  each step, so the bot is not saturated; one run of the bot and one of the echo bot.",
    "- **Broadcast**: the outbox relay (createRelay with the config defaults:",
    `  ${results.broadcast[0]?.messagesPerSecond ?? 29}/s, 1,050 ms per chat) sends one ` +
      "message to each recipient; the fake API",
    "  answers 429 past its limits. *steady rate* is",
    "  sends between the first and the last; *overall* counts from the relay's start.",
    "  Sizes over 1,000 run once.",
    "- **Pick lists and packing**: a closed session in a fresh database (35 farms × 8 products,",
    "  orders of 10 lines, one customer each, written with createMany); the time of",
    "  `loadSessionPickLists` (every farm's list, src/db/pick-lists.ts) plus `listPackingOrders`",
    "  (src/db/packing.ts), after one warm-up, median of the repetitions. The growth column",
    "  puts the time's factor over the previous size next to the lines' factor: equal is",
    "  linear; a smaller time factor means a fixed cost still dominates.",
    "- **Footprint**: `npx tsx src/main.ts` spawned on a seeded SQLite file; a /start is waiting",
    "  when it starts. Memory is VmRSS from /proc, idle 2 s after the first answer, then the",
    "  peak while the simulated customers run.",
    "",
    narrative,
  ].join("\n");
}
