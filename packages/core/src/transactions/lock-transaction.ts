import { type Database, schema } from "@jeton/db";
import { findScoped, type Mode } from "../scope";

type Row = typeof schema.transactions.$inferSelect;

/**
 * Reads a merchant's own transaction and locks its row until the surrounding
 * database transaction ends, so that captures, cancels and refunds of one
 * transaction run one after the other and each sees the amounts the previous
 * one left. Another merchant's or mode's id is not found, like an unknown one.
 */
export async function lockTransaction(
  db: Database,
  { merchantId, mode, transactionId }: { merchantId: string; mode: Mode; transactionId: string },
): Promise<Row> {
  return findScoped(db, schema.transactions, { merchantId, mode }, transactionId, { what: "transaction", prefix: "tx", lock: "update" });
}
