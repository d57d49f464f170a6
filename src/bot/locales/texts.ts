import type { fr } from "./fr.ts";

export type Texts = typeof fr;
export type Language = "fr" | "en";
