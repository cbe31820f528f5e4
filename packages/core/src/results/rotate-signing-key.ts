import { type Database, schema } from "@jeton/db";
import { and, isNull, ne } from "drizzle-orm";
import type { Clock } from "../clock/clock";
import type { Vault } from "../vault/create-vault";
import { createSigningKey } from "./create-signing-key";
import { findActiveSigningKey } from "./find-active-signing-key";
import { lockSigningKeys } from "./lock-signing-keys";
import { MAX_RESULT_TOKEN_LIFETIME_SECONDS } from "./sign-payment-result";

/**
 * Makes a new key the active one and retires the previous one(s). A retired
 * key stays in the JWKS until `unpublishAfter`, the longest a token it signed
 * can still be valid, so merchants can verify results signed just before.
 */
export async function rotateSigningKey(
  deps: { db: Database; vault: Vault; clock: Clock },
  { tokenLifetimeSeconds = MAX_RESULT_TOKEN_LIFETIME_SECONDS }: { tokenLifetimeSeconds?: number } = {},
): Promise<{ kid: string; retiredKid: string | null; unpublishAfter: Date | null }> {
  if (!Number.isInteger(tokenLifetimeSeconds) || tokenLifetimeSeconds < 0) {
    throw new RangeError("tokenLifetimeSeconds must be a non-negative integer");
  }
  return deps.db.transaction(async (tx) => {
    const db = tx as unknown as Database;
    await lockSigningKeys(tx);
    const previous = await findActiveSigningKey({ db });
    const created = await createSigningKey({ ...deps, db });
    const now = deps.clock.now();
    const unpublishAfter = new Date(now.getTime() + tokenLifetimeSeconds * 1000);
    // Every other active key, not only the newest: should two ever coexist, rotation heals it.
    await tx
      .update(schema.signingKeys)
      .set({ retiredAt: now, unpublishAfter })
      .where(and(isNull(schema.signingKeys.retiredAt), ne(schema.signingKeys.kid, created.kid)));
    return { kid: created.kid, retiredKid: previous?.kid ?? null, unpublishAfter: previous ? unpublishAfter : null };
  });
}
