import { describe, expect, it } from "vitest";
import { assignCrateNumbers } from "../../src/domain/crates.ts";

describe("assignCrateNumbers", () => {
  it("numbers crates in French alphabetical order of their names", () => {
    const numbers = assignCrateNumbers([
      { id: 1, crateName: "Zoé", code: "AAAA" },
      { id: 2, crateName: "Émile", code: "BBBB" },
      { id: 3, crateName: "andré", code: "CCCC" },
      { id: 4, crateName: "Eric", code: "DDDD" },
    ]);
    expect(numbers).toEqual([
      { id: 3, crateNumber: 1 },
      { id: 2, crateNumber: 2 },
      { id: 4, crateNumber: 3 },
      { id: 1, crateNumber: 4 },
    ]);
  });

  it("orders crates of the same name by their code", () => {
    const numbers = assignCrateNumbers([
      { id: 1, crateName: "Martin", code: "K7Q2" },
      { id: 2, crateName: "Martin", code: "C4XZ" },
    ]);
    expect(numbers).toEqual([
      { id: 2, crateNumber: 1 },
      { id: 1, crateNumber: 2 },
    ]);
  });

  it("leaves the orders it was given in their order", () => {
    const orders = [
      { id: 1, crateName: "B", code: "A" },
      { id: 2, crateName: "A", code: "B" },
    ];
    assignCrateNumbers(orders);
    expect(orders.map((order) => order.id)).toEqual([1, 2]);
  });
});
