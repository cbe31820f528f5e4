import { type Database, schema } from "@jeton/db";
import { AppError } from "../errors";
import { createId } from "../ids/create-id";
import { createApiKeyMaterial, type Mode } from "./create-api-key";
import { insertMerchantUrls, normalizeMerchantUrls } from "./add-merchant-urls";

export interface CreatedMerchant {
  merchantId: string;
  name: string;
  /** Registered for `urlMode` only. */
  origins: string[];
  returnUrls: string[];
  keys: Record<Mode, { publishableKey: string; secretKey: string }>;
}

/**
 * Creates a merchant with a publishable and a secret key per mode. The secret
 * keys exist in clear only in the returned value: the database keeps hashes.
 * The origins and return URLs given are registered for `urlMode` (test unless
 * said otherwise); the other mode registers its own.
 */
export async function createMerchant(
  { db }: { db: Database },
  input: { name: string; origins?: string[]; returnUrls?: string[]; urlMode?: Mode },
): Promise<CreatedMerchant> {
  const name = input.name.trim();
  if (name.length === 0 || name.length > 100) {
    throw new AppError("parameter_invalid", "A merchant name has 1 to 100 characters.", { param: "name" });
  }
  const urlMode = input.urlMode ?? "test";
  const { origins, returnUrls } = normalizeMerchantUrls({ mode: urlMode, origins: input.origins, returnUrls: input.returnUrls });
  const merchantId = createId("mer");
  const keys = {} as CreatedMerchant["keys"];
  await db.transaction(async (tx) => {
    await tx.insert(schema.merchants).values({ id: merchantId, name });
    await tx.insert(schema.merchantSettings).values({ merchantId, displayName: name });
    for (const mode of ["test", "live"] as const) {
      const publishable = createApiKeyMaterial("publishable", mode);
      const secret = createApiKeyMaterial("secret", mode);
      await tx.insert(schema.apiKeys).values([
        { id: createId("key"), merchantId, ...publishable.row },
        { id: createId("key"), merchantId, ...secret.row },
      ]);
      keys[mode] = { publishableKey: publishable.key, secretKey: secret.key };
    }
    await insertMerchantUrls(tx, merchantId, urlMode, { origins, returnUrls });
  });
  return { merchantId, name, origins, returnUrls, keys };
}
