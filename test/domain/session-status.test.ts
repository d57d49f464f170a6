import { describe, expect, it } from "vitest";
import {
  acceptsPermanentOrders,
  canTransition,
  isOrderable,
  isTerminal,
} from "../../src/domain/session-status.ts";
import { sessionStatuses } from "../../src/domain/values.ts";

describe("canTransition", () => {
  it("follows scheduled, open, closed, done in that order", () => {
    expect(canTransition("scheduled", "open")).toBe(true);
    expect(canTransition("open", "closed")).toBe(true);
    expect(canTransition("closed", "done")).toBe(true);
  });

  it("refuses to skip a step or go back", () => {
    expect(canTransition("scheduled", "closed")).toBe(false);
    expect(canTransition("open", "done")).toBe(false);
    expect(canTransition("closed", "open")).toBe(false);
    expect(canTransition("done", "closed")).toBe(false);
  });

  it("lets any session that is not done be cancelled", () => {
    expect(canTransition("scheduled", "cancelled")).toBe(true);
    expect(canTransition("open", "cancelled")).toBe(true);
    expect(canTransition("closed", "cancelled")).toBe(true);
    expect(canTransition("done", "cancelled")).toBe(false);
  });

  it("lets nothing leave a cancelled or done session", () => {
    for (const to of sessionStatuses) {
      expect(canTransition("cancelled", to)).toBe(false);
      expect(canTransition("done", to)).toBe(false);
    }
    expect(isTerminal("cancelled")).toBe(true);
    expect(isTerminal("open")).toBe(false);
  });
});

describe("isOrderable", () => {
  it("lets customers order only in an open session", () => {
    expect(sessionStatuses.filter(isOrderable)).toEqual(["open"]);
  });
});

describe("acceptsPermanentOrders", () => {
  it("takes permanent-sale orders in the next scheduled or open session", () => {
    expect(sessionStatuses.filter(acceptsPermanentOrders)).toEqual(["scheduled", "open"]);
  });
});
