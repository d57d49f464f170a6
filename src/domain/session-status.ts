import type { SessionStatus } from "./values.ts";

// scheduled → open → closed → done; any session not yet done can be cancelled. A closed
// session is not reopened: producers have already received their pick lists.
const transitions: Record<SessionStatus, readonly SessionStatus[]> = {
  scheduled: ["open", "cancelled"],
  open: ["closed", "cancelled"],
  closed: ["done", "cancelled"],
  done: [],
  cancelled: [],
};

export function canTransition(from: SessionStatus, to: SessionStatus): boolean {
  return transitions[from].includes(to);
}

export function listNextStatuses(from: SessionStatus): readonly SessionStatus[] {
  return transitions[from];
}

/** Customers compose and change their basket only while the session is open. */
export function isOrderable(status: SessionStatus): boolean {
  return status === "open";
}

/**
 * Permanent-sale products can be ordered at any time and are collected at the next pickup:
 * they go into the next session that is open or still scheduled, never a closed one.
 */
export function acceptsPermanentOrders(status: SessionStatus): boolean {
  return status === "scheduled" || status === "open";
}

export function isTerminal(status: SessionStatus): boolean {
  return transitions[status].length === 0;
}
