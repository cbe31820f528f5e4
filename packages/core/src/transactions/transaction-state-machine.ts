import type { schema } from "@jeton/db";
import { AppError } from "../errors";

export type TransactionStatus = (typeof schema.transactionStatuses)[number];

/**
 * The one place that says which status may follow which (SPEC §1). `new` is the
 * transaction before its first status: the outcome of authentication, risk and
 * authorization decides where it starts.
 */
export const transactionTransitions: Record<TransactionStatus | "new", readonly TransactionStatus[]> = {
  new: ["requires_action", "authorized", "declined", "authentication_failed", "blocked"],
  requires_action: ["authorized", "declined", "authentication_failed", "expired", "blocked"],
  authorized: ["captured", "canceled"],
  // Cancel is possible only before the settlement cut-off, refund only after it.
  captured: ["settled", "canceled"],
  settled: ["partially_refunded", "refunded"],
  // A second partial refund keeps the status; the amounts change.
  partially_refunded: ["partially_refunded", "refunded"],
  refunded: [],
  canceled: [],
  declined: [],
  authentication_failed: [],
  blocked: [],
  expired: [],
};

export function canTransition(from: TransactionStatus | "new", to: TransactionStatus): boolean {
  // Own-property lookup: a status read from a request could be "constructor" or "__proto__".
  if (!Object.hasOwn(transactionTransitions, from)) return false;
  return transactionTransitions[from].includes(to);
}

export function assertTransition(from: TransactionStatus | "new", to: TransactionStatus): void {
  if (!canTransition(from, to)) {
    throw new AppError("invalid_state_transition", `A transaction cannot go from ${from} to ${to}.`);
  }
}

export function isTerminal(status: TransactionStatus): boolean {
  return Object.hasOwn(transactionTransitions, status) && transactionTransitions[status].length === 0;
}
