import { type Database, schema } from "@jeton/db";
import { and, eq, notLike } from "drizzle-orm";
import type { Vault } from "../vault/create-vault";
import { keyRecoveryCodeHash } from "./staff-totp";

/**
 * Replaces recovery codes stored as plain SHA-256 (before keyed hashes) by
 * their keyed form, in place: the codes staff wrote down keep working. Run at
 * every start; once done it finds nothing. Returns how many it upgraded.
 */
export async function upgradeRecoveryCodeHashes({ db, vault }: { db: Database; vault: Vault }): Promise<number> {
  const rc = schema.staffRecoveryCodes;
  const legacy = await db.select({ id: rc.id, codeHash: rc.codeHash }).from(rc).where(notLike(rc.codeHash, "h1:%"));
  for (const row of legacy) {
    // Conditional: another instance upgrading at the same time changes nothing twice.
    await db
      .update(rc)
      .set({ codeHash: keyRecoveryCodeHash(vault, row.codeHash) })
      .where(and(eq(rc.id, row.id), eq(rc.codeHash, row.codeHash)));
  }
  return legacy.length;
}
