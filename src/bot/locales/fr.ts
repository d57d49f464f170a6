// French is the reference: every other language must have the same shape.
import { common } from "./fr/common.ts";
import { menu } from "./fr/menu.ts";
import { start } from "./fr/start.ts";

export const fr = { common, menu, start };
