import { defineAction } from "../../callback-data.ts";

// Every button of the customer area, packed and parsed here only. Prefixes start with
// "cu" so that they cannot collide with the producer or coordinator areas.

/** Where a product card goes back to: a farm's list, a category's list, or the basket. */
export const listKinds = { producer: 0, category: 1, cart: 2 } as const;
export type ListKind = (typeof listKinds)[keyof typeof listKinds];

export const acceptConsent = defineAction("cuok", [] as const);
export const editCrateName = defineAction("cuname", [] as const);
export const editPhone = defineAction("cuphon", [] as const);

export const openHome = defineAction("cuhome", [] as const);
export const openProducers = defineAction("cuprs", ["page"] as const);
export const openCategories = defineAction("cucats", ["page"] as const);
/** `by` is a ListKind, `ref` a producer id or the sample offer id of a category. */
export const openList = defineAction("culist", ["by", "ref", "page"] as const);
export const openCard = defineAction("cucard", ["offer", "by", "ref", "page"] as const);
/** Sets the basket line to `steps` (0 removes it): pressing it twice does no harm. */
export const setQuantity = defineAction("cuqty", ["offer", "steps", "by", "ref", "page"] as const);

export const openCart = defineAction("cucart", [] as const);
export const clearCart = defineAction("cuempt", [] as const);
export const startCheckout = defineAction("cuslot", ["session"] as const);
export const showRecap = defineAction("curcap", ["session", "slot"] as const);
/** `print` is the basket's fingerprint when the recap was shown. */
export const confirmOrder = defineAction("cuconf", ["session", "slot", "print"] as const);
export const fitToStock = defineAction("cufit", ["session", "slot"] as const);

export const openOrders = defineAction("cuords", [] as const);
export const openOrder = defineAction("cuord", ["order"] as const);
export const changeOrder = defineAction("cuchg", ["order"] as const);
export const askCancelOrder = defineAction("cucan", ["order"] as const);
export const cancelOrderNow = defineAction("cucany", ["order"] as const);
