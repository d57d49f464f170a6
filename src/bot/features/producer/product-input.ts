import type { Measure } from "../../../domain/quantity.ts";
import { parseMeasure } from "./units.ts";

function clean(text: string): string {
  return text.trim().replace(/\s+/g, " ");
}

/** A product name of 2 to 80 characters, or null. */
export function readName(text: string): string | null {
  const name = clean(text);
  return name.length >= 2 && name.length <= 80 ? name : null;
}

/** A category of 2 to 40 characters, capitalised so "légumes" files with "Légumes". */
export function readCategory(text: string): string | null {
  const category = clean(text);
  if (category.length < 2 || category.length > 40) return null;
  return category.charAt(0).toLocaleUpperCase("fr") + category.slice(1);
}

/** A description up to 300 characters; "-" clears it. */
export function readDescription(text: string): string | null {
  const description = text.trim();
  if (description === "-") return "";
  return description.length <= 300 ? description : null;
}

export function readMeasure(text: string): Measure | null {
  return parseMeasure(text);
}
