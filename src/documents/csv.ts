import { stringify } from "csv-stringify/sync";

export type CsvCell = string | number;

/**
 * A CSV file that a French spreadsheet user opens with a double click:
 * - `;` between cells, because French Excel and LibreOffice expect it (the comma is
 *   their decimal separator, so a comma-separated file lands in a single column);
 * - UTF-8 with a byte order mark, without which Excel reads the file as Windows-1252
 *   and turns "Zoé" into "ZoÃ©";
 * - CRLF line endings, what Excel writes itself and what RFC 4180 asks for;
 * - cells quoted whenever they hold `;`, a quote or a line break;
 * - numbers written with a decimal comma (12,5).
 *
 * Names come from users, so a cell starting with =, +, -, @, a tab or a carriage
 * return gets a leading apostrophe: the spreadsheet shows it as text instead of
 * running it as a formula (CSV injection). Numbers are left alone, so pass amounts
 * that should stay numeric (and may be negative) as numbers, not as strings.
 */
export function toCsv(header: string[], rows: CsvCell[][]): Buffer {
  const text = stringify([header, ...rows], {
    bom: true,
    delimiter: ";",
    record_delimiter: "windows",
    quote_record_delimiter: true,
    escape_formulas: true,
    // Decimal comma, so the French spreadsheet reads 12,5 as a number (12.5 would be
    // text, or even a date).
    cast: { number: (value) => String(value).replace(".", ",") },
  });
  return Buffer.from(text, "utf8");
}
