import { pickLanguage, textsFor, type Language, type Texts } from "../bot/i18n.ts";

/** The texts and language of a member a job writes to. */
export function textsOf(memberLanguage: string): { lang: Language; t: Texts } {
  const lang = pickLanguage(memberLanguage, undefined);
  return { lang, t: textsFor(lang) };
}
