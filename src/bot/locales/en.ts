import type { Texts } from "./texts.ts";
import { common } from "./en/common.ts";
import { menu } from "./en/menu.ts";
import { start } from "./en/start.ts";

export const en: Texts = { common, menu, start };
