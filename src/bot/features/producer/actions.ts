import { defineAction } from "../../callback-data.ts";

// Every button of the producer's screens; "fm" (farm) keeps the prefixes apart from others'.
export const openCatalogue = defineAction("fmcat", [] as const);
export const openProduct = defineAction("fmprod", ["product"] as const);
export const startAddProduct = defineAction("fmnew", [] as const);
export const pickCategory = defineAction("fmadc", ["index"] as const);
export const pickUnit = defineAction("fmadu", ["index"] as const);
export const skipStep = defineAction("fmskip", ["stage"] as const);
export const pickKind = defineAction("fmkind", ["permanent"] as const);
export const editField = defineAction("fmfld", ["product", "field"] as const);
export const pickEditUnit = defineAction("fmeu", ["product", "index"] as const);
export const togglePermanent = defineAction("fmperm", ["product"] as const);
export const retireProduct = defineAction("fmret", ["product", "confirm"] as const);
export const openOffer = defineAction("fmoff", [] as const);
export const openOfferDetail = defineAction("fmofd", ["product", "session"] as const);
export const toggleOffered = defineAction("fmoft", ["product", "session", "on"] as const);
export const askOfferQuantity = defineAction("fmofq", ["product", "session"] as const);
export const setUnlimited = defineAction("fmofu", ["product", "session"] as const);
export const askOfferPrice = defineAction("fmofp", ["product", "session"] as const);
export const copyOffer = defineAction("fmcopy", ["session"] as const);
export const openSales = defineAction("fmsal", ["year", "month"] as const);

/** Product fields a producer edits one at a time, by their index in callback data. */
export const productFields = ["name", "category", "unit", "price", "description", "photo"] as const;
export type ProductField = (typeof productFields)[number];
