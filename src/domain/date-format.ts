import { DateTime } from "luxon";
import { formatClock } from "./local-time.ts";
import { toLocaleTag, type Language } from "./values.ts";

function toLocal(instant: Date, timezone: string, lang: Language): DateTime {
  const local = DateTime.fromJSDate(instant, { zone: timezone }).setLocale(toLocaleTag(lang));
  if (!local.isValid) throw new RangeError(`unknown time zone "${timezone}"`);
  return local;
}

/** "mercredi 9 décembre", "lundi 1er novembre" / "Wednesday 9 December". */
function formatDay(local: DateTime, lang: Language): string {
  if (lang === "fr" && local.day === 1) return local.toFormat("cccc '1er' LLLL");
  return local.toFormat("cccc d LLLL");
}

/** French writes hours as "16 h" or "16 h 30"; English uses the 24-hour "16:30". */
function formatHour(local: DateTime, lang: Language): string {
  if (lang === "en") return formatClock(local);
  if (local.minute === 0) return `${local.hour} h`;
  return `${local.hour} h ${String(local.minute).padStart(2, "0")}`;
}

/**
 * fr "mercredi 9 décembre, 16 h – 19 h", en "Wednesday 9 December, 16:00–19:00". English
 * keeps the 24-hour clock: it is unambiguous and matches how the drive writes its times.
 */
export function formatPickupWindow(
  start: Date,
  end: Date,
  timezone: string,
  lang: Language,
): string {
  const from = toLocal(start, timezone, lang);
  const to = toLocal(end, timezone, lang);
  const dash = lang === "fr" ? " – " : "–";
  const startText = `${formatDay(from, lang)}, ${formatHour(from, lang)}`;
  if (from.hasSame(to, "day")) return `${startText}${dash}${formatHour(to, lang)}`;
  return `${startText} – ${formatDay(to, lang)}, ${formatHour(to, lang)}`;
}

/** fr "lundi 7 décembre à 20 h", en "Monday 7 December at 20:00". */
export function formatDateTime(instant: Date, timezone: string, lang: Language): string {
  const local = toLocal(instant, timezone, lang);
  const joiner = lang === "fr" ? "à" : "at";
  return `${formatDay(local, lang)} ${joiner} ${formatHour(local, lang)}`;
}
