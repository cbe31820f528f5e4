import { type Database, schema } from "@jeton/db";
import { and, eq } from "drizzle-orm";
import { AppError } from "../errors";
import { isId } from "../ids/create-id";
import type { Mode } from "../merchants/create-api-key";
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
  const notFound = new AppError("resource_not_found", `No such transaction: ${transactionId.slice(0, 100)}`, { param: "id" });
  if (!isId("tx", transactionId)) throw notFound;
  const { transactions: t, cardBlacklist: b } = schema;
  const [row] = await db
    .select({ transactionId: t.id, entry: b })
    .from(t)
    .leftJoin(b, and(eq(b.merchantId, t.merchantId), eq(b.fingerprint, t.fingerprint)))
    .where(and(eq(t.id, transactionId), eq(t.merchantId, merchantId), eq(t.mode, mode)));
  if (!row) throw notFound;
  return row.entry ? toBlacklistedCardView(vault, row.entry) : null;
}
