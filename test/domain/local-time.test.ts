import { describe, expect, it } from "vitest";
import { cronExpression, validateLocalTime } from "../../src/domain/calendar.ts";

describe("validateLocalTime", () => {
  it.each([
    ["18:00", "18:00"],
    ["9:05", "09:05"],
    ["18h", "18:00"],
    ["18h30", "18:30"],
    ["18 h 30", "18:30"],
    ["00:00", "00:00"],
    ["03:00", "03:00"],
    ["23:59", "23:59"],
  ])("accepts %j as %s", (text, time) => {
    expect(validateLocalTime(text)).toMatchObject({ ok: true, time });
  });

  it.each(["", "24:00", "12:60", "1800", "18:0", "noon", "-1:00", "18:00:00"])(
    "refuses %j as invalid",
    (text) => {
      expect(validateLocalTime(text)).toEqual({ ok: false, reason: "invalid" });
    },
  );

  it.each(["02:00", "02:30", "2:59", "2h15"])(
    "refuses %j because that hour is skipped or repeated at a clock change",
    (text) => {
      expect(validateLocalTime(text)).toEqual({ ok: false, reason: "in_dst_gap" });
    },
  );
});

describe("cronExpression", () => {
  it("writes minute, hour and the node-cron weekday", () => {
    expect(cronExpression(5, "18:00")).toBe("0 18 * * 5");
    expect(cronExpression(1, "09:05")).toBe("5 9 * * 1");
  });

  it("writes Sunday as 0", () => {
    expect(cronExpression(7, "20:30")).toBe("30 20 * * 0");
  });

  it("refuses a weekday outside 1..7 and a malformed time", () => {
    expect(() => cronExpression(0, "18:00")).toThrow(RangeError);
    expect(() => cronExpression(8, "18:00")).toThrow(RangeError);
    expect(() => cronExpression(1, "18h")).toThrow(RangeError);
  });
});
