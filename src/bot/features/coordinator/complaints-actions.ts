import { defineAction } from "../../callback-data.ts";

export const reportOrder = defineAction("wcord", ["order"] as const);
export const sendWithoutPhoto = defineAction("wcnoph", [] as const);
/** Made for one coordinator's user id: only they can press it. */
export const grantCredit = defineAction("wcgrnt", ["complaint"] as const);
export const refuseComplaint = defineAction("wcrej", ["complaint"] as const);
