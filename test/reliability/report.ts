import { appendFileSync, mkdirSync } from "node:fs";

/**
 * Prints the figures a reliability test measured, and appends them to
 * tmp/reliability-figures.jsonl, where docs/RELIABILITY.md takes them from.
 */
export function report(test: string, figures: Record<string, number | string>): void {
  const line = { test, database: process.env.TEST_DATABASE ?? "sqlite", ...figures };
  console.log(`[reliability] ${JSON.stringify(line)}`);
  mkdirSync("tmp", { recursive: true });
  appendFileSync("tmp/reliability-figures.jsonl", `${JSON.stringify(line)}\n`);
}
