import { type Database, schema } from "@jeton/db";
import { and, eq } from "drizzle-orm";

/** Whether `origin` is registered for the merchant, or (without a merchant) for any merchant. */
export async function isOriginAllowed(
  { db }: { db: Database },
  origin: string,
  merchantId?: string,
): Promise<boolean> {
  const rows = await db
    .select({ merchantId: schema.merchantOrigins.merchantId })
    .from(schema.merchantOrigins)
    .where(
      merchantId
        ? and(eq(schema.merchantOrigins.origin, origin), eq(schema.merchantOrigins.merchantId, merchantId))
        : eq(schema.merchantOrigins.origin, origin),
    )
    .limit(1);
  return rows.length > 0;
}
