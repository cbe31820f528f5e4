import { schema } from "@jeton/db";

/**
 * Events written in the same instant (authorization then automatic capture,
 * within one millisecond) have no order of their own; the order the state
 * machine allows them in breaks the tie. A refund comes before the
 * `partially_refunded` or `refunded` status it causes.
 */
export function transactionEventOrder(type: string): number {
  if (type.startsWith("refund.")) return schema.transactionStatuses.indexOf("partially_refunded") - 0.5;
  const status = type.startsWith("transaction.") ? type.slice("transaction.".length) : "";
  const index = (schema.transactionStatuses as readonly string[]).indexOf(status);
  return index === -1 ? schema.transactionStatuses.length : index;
}

/** Oldest first, ties broken by the life of a transaction, then by the order given. */
export function sortTransactionEvents<E extends { type: string; createdAt: Date }>(events: readonly E[]): E[] {
  return events
    .map((event, index) => ({ event, index }))
    .sort(
      (a, b) =>
        a.event.createdAt.getTime() - b.event.createdAt.getTime() ||
        transactionEventOrder(a.event.type) - transactionEventOrder(b.event.type) ||
        a.index - b.index,
    )
    .map(({ event }) => event);
}
