import { z } from "zod";

// The schema stores these closed sets as plain strings so that the same model runs on SQLite
// and PostgreSQL; these schemas are the one place that says which strings are allowed.

export const roles = ["customer", "producer", "volunteer", "coordinator"] as const;
export const roleSchema = z.enum(roles);
export type Role = z.infer<typeof roleSchema>;

export const customerKinds = ["household", "processor", "restaurant", "shop"] as const;
export const customerKindSchema = z.enum(customerKinds);
export type CustomerKind = z.infer<typeof customerKindSchema>;

export const sessionStatuses = ["scheduled", "open", "closed", "done", "cancelled"] as const;
export const sessionStatusSchema = z.enum(sessionStatuses);
export type SessionStatus = z.infer<typeof sessionStatusSchema>;

export const orderStatuses = ["confirmed", "collected", "cancelled"] as const;
export const orderStatusSchema = z.enum(orderStatuses);
export type OrderStatus = z.infer<typeof orderStatusSchema>;

export const units = ["g", "ml", "piece"] as const;
export const unitSchema = z.enum(units);
export type Unit = z.infer<typeof unitSchema>;

export const paymentMethods = ["cash", "cheque", "card", "transfer"] as const;
export const paymentMethodSchema = z.enum(paymentMethods);
export type PaymentMethod = z.infer<typeof paymentMethodSchema>;

export const adjustmentKinds = ["missing", "damaged"] as const;
export const adjustmentKindSchema = z.enum(adjustmentKinds);
export type AdjustmentKind = z.infer<typeof adjustmentKindSchema>;

export const audiences = [
  "everyone",
  "customers",
  "producers",
  "volunteers",
  "session_customers",
] as const;
export const audienceSchema = z.enum(audiences);
export type Audience = z.infer<typeof audienceSchema>;

export const languages = ["fr", "en"] as const;
export const languageSchema = z.enum(languages);
export type Language = z.infer<typeof languageSchema>;

/** The BCP 47 tag used with Intl and luxon; British English keeps day-month order and € use. */
export function toLocaleTag(lang: Language): string {
  return lang === "fr" ? "fr-FR" : "en-GB";
}
