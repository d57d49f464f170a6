/** True when an update or delete found no row to change (Prisma P2025). */
export function isNotFound(error: unknown): boolean {
  return typeof error === "object" && error !== null && "code" in error && error.code === "P2025";
}

/** True when a write failed on a unique constraint (Prisma P2002), on any provider. */
export function isUniqueViolation(error: unknown): boolean {
  return typeof error === "object" && error !== null && "code" in error && error.code === "P2002";
}
