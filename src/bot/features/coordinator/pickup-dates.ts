import { DateTime } from "luxon";
import { toLocaleTag, type Language } from "../../../domain/values.ts";

/** "mercredi 9 décembre" / "Wednesday 9 December", in the drive's zone. */
export function formatDay(instant: Date, timezone: string, lang: Language): string {
  const local = DateTime.fromJSDate(instant, { zone: timezone }).setLocale(toLocaleTag(lang));
  if (lang === "fr" && local.day === 1) return local.toFormat("cccc '1er' LLLL");
  return local.toFormat("cccc d LLLL");
}

/** "2026-12-09", for file names. */
export function formatIsoDay(instant: Date, timezone: string): string {
  return DateTime.fromJSDate(instant, { zone: timezone }).toISODate() ?? "session";
}
