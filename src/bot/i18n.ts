import { en } from "./locales/en.ts";
import { fr } from "./locales/fr.ts";
import type { Language, Texts } from "./locales/texts.ts";

export type { Language, Texts };

const locales: Record<Language, Texts> = { fr, en };

export function textsFor(language: Language): Texts {
  return locales[language];
}

/** French unless the member chose otherwise or Telegram says they use English. */
export function pickLanguage(
  memberLanguage: string | undefined,
  telegramLanguage: string | undefined,
): Language {
  if (memberLanguage === "fr" || memberLanguage === "en") return memberLanguage;
  return telegramLanguage?.toLowerCase().startsWith("en") ? "en" : "fr";
}
