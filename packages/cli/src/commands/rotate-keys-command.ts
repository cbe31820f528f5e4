import { rotateVaultKeys } from "@jeton/core";
import { withPlatform } from "../open-platform";

/**
 * `jeton keys rotate`: re-wraps every vaulted data key under the active KEK
 * (JETON_VAULT_ACTIVE_KEK, or the last of JETON_VAULT_KEKS). Add the new KEK,
 * run this, then remove the old KEK from the configuration.
 */
export async function rotateKeysCommand(): Promise<void> {
  const result = await withPlatform(async ({ db, vault }) => ({
    activeKekId: vault.activeKekId,
    ...(await rotateVaultKeys({ db, vault })),
  }));
  process.stdout.write(`${JSON.stringify(result)}\n`);
}
