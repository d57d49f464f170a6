import { setMaxListeners } from "node:events";
import { readFileSync, writeFileSync } from "node:fs";
import { measureBroadcast } from "./broadcast.ts";
import { measureConversation, orderConversation } from "./conversation.ts";
import { postgresAvailable } from "./database.ts";
import { measureFootprint } from "./footprint.ts";
import { parseParams, type DatabaseKind } from "./params.ts";
import { markdownReport, printTables, type BenchResults } from "./report.ts";
import { measureScale } from "./scale.ts";

// The fake API and hundreds of simulated users add listeners on shared signals on purpose.
setMaxListeners(0);

const params = parseParams(process.argv.slice(2));
const startedAt = new Date();
const results: BenchResults = {
  params,
  command: [
    "npm run bench",
    ...(process.argv.length > 2 ? ["--", ...process.argv.slice(2)] : []),
  ].join(" "),
  startedAt,
  durationMs: 0,
  conversation: [],
  broadcast: [],
  scale: [],
  notes: [],
};

const databases: DatabaseKind[] = [];
for (const kind of params.databases) {
  if (kind === "postgresql" && !(await postgresAvailable())) {
    console.log("PostgreSQL does not answer: its sections are skipped.");
    continue;
  }
  databases.push(kind);
}
const log = (text: string) => console.log(`[${new Date().toISOString().slice(11, 19)}] ${text}`);

if (params.only.includes("conversation")) {
  for (const kind of databases) {
    log(`conversation on ${kind}: ${params.customers} customers × ${params.repetitions}`);
    results.conversation.push(
      await measureConversation(
        kind,
        params.customers,
        params.repetitions,
        orderConversation,
        params.pacedPerSecond,
      ),
    );
  }
}
if (params.only.includes("broadcast")) {
  for (const recipients of params.broadcast) {
    log(`broadcast to ${recipients} on sqlite`);
    results.broadcast.push(
      await measureBroadcast("sqlite", recipients, params.repetitions, params.limits),
    );
  }
}
if (params.only.includes("scale")) {
  for (const kind of databases) {
    for (const lines of params.lines) {
      log(`pick lists and packing, ${lines} lines on ${kind}`);
      results.scale.push(await measureScale(kind, lines, params.repetitions));
    }
  }
}
if (params.only.includes("footprint")) {
  log(`footprint with ${params.customers} customers`);
  results.footprint = await measureFootprint(params.customers);
}

results.durationMs = Date.now() - startedAt.getTime();
printTables(results);
const findings = readFileSync(new URL("./findings.md", import.meta.url), "utf8");
writeFileSync(params.out, markdownReport(results, findings));
console.log(`\nWritten to ${params.out}`);
