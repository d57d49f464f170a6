import { describe, expect, it } from "vitest";
import { measureBroadcast } from "../../bench/broadcast.ts";
import { basicConversation, measureConversation } from "../../bench/conversation.ts";
import { parseParams } from "../../bench/params.ts";
import { markdownReport } from "../../bench/report.ts";
import { measureScale } from "../../bench/scale.ts";
import { median, percentile } from "../../bench/stats.ts";

// Numbers only: timings are measured by `npm run bench`, never asserted by a test.
describe("the bench", () => {
  it("reads its parameters from flags, with defaults", () => {
    const params = parseParams(["--customers", "7", "--broadcast", "5,9", "--only", "scale"]);
    expect(params.customers).toBe(7);
    expect(params.broadcast).toEqual([5, 9]);
    expect(params.only).toEqual(["scale"]);
    expect(parseParams([]).customers).toBe(200);
    expect(() => parseParams(["--only", "nothing"])).toThrow("--only");
  });

  it("takes medians and nearest-rank percentiles", () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(percentile([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 99)).toBe(10);
    expect(Number.isNaN(median([]))).toBe(true);
  });

  it("measures a tiny conversation, broadcast and dataset and writes a report", async () => {
    const conversation = await measureConversation("sqlite", 2, 1, {
      ...basicConversation,
      steps: basicConversation.steps.slice(0, 2),
    });
    expect(conversation.bot[0]!.updates).toBe(4);
    expect(conversation.errors).toBe(0);
    expect(conversation.ratio).toBeGreaterThan(0);

    const broadcast = await measureBroadcast("sqlite", 3, 1, {
      globalPerSecond: 30,
      perChatPerSecond: 1,
    });
    expect(broadcast.runs[0]!.sent).toBe(3);
    expect(broadcast.steadyRatio).toBeGreaterThan(0);

    const scale = await measureScale("sqlite", 40, 1);
    expect(scale.orders).toBe(4);
    expect(scale.totalMs).toBeGreaterThan(0);

    const report = markdownReport(
      {
        params: parseParams(["--quick"]),
        command: "npm run bench -- --quick",
        startedAt: new Date(),
        durationMs: 1,
        conversation: [conversation],
        broadcast: [broadcast],
        scale: [scale],
        notes: [],
      },
      "",
    );
    expect(report).toContain("Node.js");
    expect(report).toContain("| sqlite | 2 |");
  }, 60_000);
});
