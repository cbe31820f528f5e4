import { type Database, schema } from "@jeton/db";
import { normalizeOrigin } from "./normalize-origin";
import { normalizeReturnUrlPrefix } from "./normalize-return-url-prefix";

/** Registers more origins (token.js, Smart Form) and return URL prefixes for a merchant; ones already there are kept as they are. */
export async function addMerchantUrls(
  { db }: { db: Database },
  merchantId: string,
  { origins = [], returnUrls = [] }: { origins?: string[]; returnUrls?: string[] },
): Promise<void> {
  const normalizedOrigins = [...new Set(origins.map(normalizeOrigin))];
  const prefixes = [...new Set(returnUrls.map(normalizeReturnUrlPrefix))];
  await db.transaction(async (tx) => {
    if (normalizedOrigins.length > 0) {
      await tx.insert(schema.merchantOrigins).values(normalizedOrigins.map((origin) => ({ merchantId, origin }))).onConflictDoNothing();
    }
    if (prefixes.length > 0) {
      await tx.insert(schema.merchantReturnUrls).values(prefixes.map((urlPrefix) => ({ merchantId, urlPrefix }))).onConflictDoNothing();
    }
  });
}
