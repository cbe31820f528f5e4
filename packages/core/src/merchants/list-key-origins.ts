import { type Database, schema } from "@jeton/db";
import { asc, eq } from "drizzle-orm";
import { authenticateApiKey } from "./authenticate-api-key";

/**
 * The origins registered for a publishable key's merchant: the pages allowed
 * to frame the key's Fields (their CSP frame-ancestors) and to serve their
 * web fonts. Throws like authenticateApiKey for an unknown or revoked key.
 */
export async function listKeyOrigins({ db }: { db: Database }, publishableKey: string | undefined): Promise<string[]> {
  const { merchantId } = await authenticateApiKey({ db }, publishableKey, "publishable");
  const rows = await db
    .select({ origin: schema.merchantOrigins.origin })
    .from(schema.merchantOrigins)
    .where(eq(schema.merchantOrigins.merchantId, merchantId))
    .orderBy(asc(schema.merchantOrigins.origin));
  return rows.map((row) => row.origin);
}
