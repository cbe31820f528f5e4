import { type Database, schema } from "@jeton/db";
import type { Mode } from "./create-api-key";
import { normalizeOrigin } from "./normalize-origin";
import { normalizeReturnUrlPrefix } from "./normalize-return-url-prefix";

export interface MerchantUrls {
  /** Test and live keep their own lists; live takes https only. */
  mode: Mode;
  origins?: string[] | undefined;
  returnUrls?: string[] | undefined;
}

/** Checks and normalizes origins and return URL prefixes for one mode; throws before anything is stored. */
export function normalizeMerchantUrls({ mode, origins = [], returnUrls = [] }: MerchantUrls): { origins: string[]; returnUrls: string[] } {
  return {
    origins: [...new Set(origins.map((origin) => normalizeOrigin(origin, mode)))],
    returnUrls: [...new Set(returnUrls.map((url) => normalizeReturnUrlPrefix(url, mode)))],
  };
}

/** Inserts normalized URLs for one mode (inside the caller's transaction); ones already there are kept as they are. */
export async function insertMerchantUrls(db: Pick<Database, "insert">, merchantId: string, mode: Mode, urls: { origins: string[]; returnUrls: string[] }): Promise<void> {
  if (urls.origins.length > 0) {
    await db.insert(schema.merchantOrigins).values(urls.origins.map((origin) => ({ merchantId, mode, origin }))).onConflictDoNothing();
  }
  if (urls.returnUrls.length > 0) {
    await db.insert(schema.merchantReturnUrls).values(urls.returnUrls.map((urlPrefix) => ({ merchantId, mode, urlPrefix }))).onConflictDoNothing();
  }
}

/** Registers more origins (token.js, Smart Form) and return URL prefixes for one mode of a merchant; ones already there are kept as they are. */
export async function addMerchantUrls({ db }: { db: Database }, merchantId: string, urls: MerchantUrls): Promise<void> {
  const normalized = normalizeMerchantUrls(urls);
  await db.transaction((tx) => insertMerchantUrls(tx, merchantId, urls.mode, normalized));
}
