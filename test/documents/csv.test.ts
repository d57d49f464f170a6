import { describe, expect, it } from "vitest";

import { toCsv } from "../../src/documents/csv.ts";

const BOM = "\ufeff";

describe("toCsv", () => {
  it("starts with a UTF-8 byte order mark so Excel reads accents right", () => {
    const buffer = toCsv(["Nom"], [["Zoé"]]);

    expect([...buffer.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(buffer.toString("utf8")).toBe(`${BOM}Nom\r\nZoé\r\n`);
  });

  it("separates cells with semicolons and writes numbers with a decimal comma", () => {
    const text = toCsv(["Produit", "Quantité", "Prix"], [["Miel", 3, 12.5]]).toString("utf8");

    expect(text).toBe(`${BOM}Produit;Quantité;Prix\r\nMiel;3;12,5\r\n`);
  });

  it("quotes cells holding a semicolon, a quote or a line break", () => {
    const text = toCsv(["Nom"], [['Ferme "Le Causse"; GAEC'], ["Rue des Lilas\nbis"]]);

    expect(text.toString("utf8")).toBe(
      `${BOM}Nom\r\n"Ferme ""Le Causse""; GAEC"\r\n"Rue des Lilas\nbis"\r\n`,
    );
  });

  it("neutralises cells that a spreadsheet would run as formulas", () => {
    const rows = [['=HYPERLINK("http://x")'], ["+33 6"], ["-2+3"], ["@SUM(A1)"], ["\tx"], ["\rx"]];

    const lines = toCsv(["Nom"], rows).toString("utf8").slice(1).split("\r\n");

    expect(lines.slice(1, 5)).toEqual([
      `"'=HYPERLINK(""http://x"")"`,
      "'+33 6",
      "'-2+3",
      "'@SUM(A1)",
    ]);
    expect(lines[5]).toBe("'\tx");
    expect(lines[6]).toBe('"\'\rx"');
  });

  it("leaves negative numbers as numbers", () => {
    expect(toCsv(["Avoir"], [[-240]]).toString("utf8")).toBe(`${BOM}Avoir\r\n-240\r\n`);
  });
});
