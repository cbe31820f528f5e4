import { type Database, schema } from "@jeton/db";
import { and, eq } from "drizzle-orm";
import type { Mode } from "./create-api-key";

/**
 * Whether `origin` is registered for the merchant in that mode (the mode of
 * the key, payment request or transaction at hand), or, without a scope (a
 * CORS preflight, before any key is seen), for any merchant in any mode.
 */
export async function isOriginAllowed(
  { db }: { db: Database },
  origin: string,
  scope?: { merchantId: string; mode: Mode },
): Promise<boolean> {
  const { merchantOrigins } = schema;
  const rows = await db
    .select({ merchantId: merchantOrigins.merchantId })
    .from(merchantOrigins)
    .where(
      scope
        ? and(eq(merchantOrigins.origin, origin), eq(merchantOrigins.merchantId, scope.merchantId), eq(merchantOrigins.mode, scope.mode))
        : eq(merchantOrigins.origin, origin),
    )
    .limit(1);
  return rows.length > 0;
}
