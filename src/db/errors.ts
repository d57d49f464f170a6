/** True when a write failed on a unique constraint (Prisma P2002), on any provider. */
export function isUniqueViolation(error: unknown): boolean {
  return typeof error === "object" && error !== null && "code" in error && error.code === "P2002";
}
