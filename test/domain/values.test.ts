import { describe, expect, it } from "vitest";
import { customerKindSchema, languageSchema, unitSchema } from "../../src/domain/values.ts";

describe("closed sets of values", () => {
  it("accepts a stored value of the set", () => {
    expect(customerKindSchema.parse("restaurant")).toBe("restaurant");
    expect(unitSchema.parse("piece")).toBe("piece");
  });

  it("refuses a value outside the set", () => {
    expect(customerKindSchema.safeParse("canteen").success).toBe(false);
    expect(languageSchema.safeParse("de").success).toBe(false);
  });
});
