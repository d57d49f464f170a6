import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { splitMessage } from "../../src/domain/split-message.ts";

describe("splitMessage", () => {
  it("keeps a short text as one message", () => {
    expect(splitMessage("un\ndeux")).toEqual(["un\ndeux"]);
  });

  it("cuts between lines, never inside one", () => {
    expect(splitMessage("aaaa\nbbbb\ncccc", 9)).toEqual(["aaaa\nbbbb", "cccc"]);
  });

  it("cuts a line longer than the limit at its last space", () => {
    expect(splitMessage("aaaa bbbb cc", 6)).toEqual(["aaaa ", "bbbb ", "cc"]);
  });

  it("hard-cuts a line with no space without splitting an emoji", () => {
    const parts = splitMessage("ab🍅cd", 3);
    expect(parts).toEqual(["ab", "🍅c", "d"]);
  });

  it("drops blank lines left at the edge of a message", () => {
    expect(splitMessage("aaaa\n\n\nbbbb", 5)).toEqual(["aaaa", "bbbb"]);
  });

  it("keeps every message within the limit and loses no character", () => {
    const unit = fc.constantFrom("a", "b", " ", "\n", "é", "🍅");
    const text = fc.string({ unit, maxLength: 400 });
    fc.assert(
      fc.property(text, fc.integer({ min: 2, max: 60 }), (input, limit) => {
        const parts = splitMessage(input, limit);
        for (const part of parts) expect(part.length).toBeLessThanOrEqual(limit);
        expect(parts.join("").replace(/\n/g, "")).toBe(input.replace(/\n/g, ""));
      }),
    );
  });

  it("joins back to the text when no line is longer than the limit", () => {
    const line = fc.string({ unit: fc.constantFrom("x", "y", " "), minLength: 1, maxLength: 20 });
    fc.assert(
      fc.property(fc.array(line, { minLength: 1, maxLength: 40 }), (lines) => {
        const text = lines.join("\n");
        expect(splitMessage(text, 20).join("\n")).toBe(text);
      }),
    );
  });
});
