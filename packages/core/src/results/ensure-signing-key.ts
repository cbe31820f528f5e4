import type { Database } from "@jeton/db";
import type { Clock } from "../clock/clock";
import type { Vault } from "../vault/create-vault";
import { createSigningKey, type SigningKey } from "./create-signing-key";
import { findActiveSigningKey } from "./find-active-signing-key";
import { lockSigningKeys } from "./lock-signing-keys";

/**
 * The active signing key, created on first use. Instances starting together
 * take the same advisory lock and re-check under it, so exactly one key is
 * created; once a key exists no lock is taken at all.
 */
export async function ensureSigningKey(deps: { db: Database; vault: Vault; clock: Clock }): Promise<SigningKey> {
  const active = await findActiveSigningKey(deps);
  if (active) return active;
  return deps.db.transaction(async (tx) => {
    await lockSigningKeys(tx);
    const again = await findActiveSigningKey({ db: tx as unknown as Database });
    if (again) return again;
    return createSigningKey({ ...deps, db: tx as unknown as Database });
  });
}
