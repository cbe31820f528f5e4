import { type Database, schema } from "@jeton/db";
import { and, eq } from "drizzle-orm";
import { isId } from "../ids/create-id";
import { notFoundError, ownedWhere, type Mode } from "../scope";
import type { Vault } from "../vault/create-vault";
import { toBlacklistedCardView, type BlacklistedCardView } from "./blacklisted-card-view";

/**
 * Whether the card of one of the merchant's payments is on the merchant's
 * blacklist now: its entry, or null. The payment page asks this without
 * ever handling the card's fingerprint itself. Another merchant's or mode's
 * payment is not found.
 */
export async function getTransactionBlacklisting(
  { db, vault }: { db: Database; vault: Vault },
  { merchantId, mode, transactionId }: { merchantId: string; mode: Mode; transactionId: string },
): Promise<BlacklistedCardView | null> {
  const notFound = notFoundError("transaction", transactionId);
  if (!isId("tx", transactionId)) throw notFound;
  const { transactions: t, cardBlacklist: b } = schema;
  const [row] = await db
    .select({ transactionId: t.id, entry: b })
    .from(t)
    .leftJoin(b, and(eq(b.merchantId, t.merchantId), eq(b.fingerprint, t.fingerprint)))
    .where(ownedWhere(t, { merchantId, mode }, transactionId));
  if (!row) throw notFound;
  return row.entry ? toBlacklistedCardView(vault, row.entry) : null;
}
