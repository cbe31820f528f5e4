import { randomBytes } from "node:crypto";
import { type Database, schema } from "@jeton/db";
import { exportJWK, generateKeyPair } from "jose";
import type { Clock } from "../clock/clock";
import type { Vault } from "../vault/create-vault";

export type SigningKey = typeof schema.signingKeys.$inferSelect;

/**
 * Generates an ES256 (P-256) key pair and stores it as a new active key: the
 * public JWK in clear (it is published), the private JWK sealed by the vault.
 * It does not retire anything; callers hold `lockSigningKeys` and decide.
 */
export async function createSigningKey({ db, vault, clock }: { db: Database; vault: Vault; clock: Clock }): Promise<SigningKey> {
  const { publicKey, privateKey } = await generateKeyPair("ES256", { extractable: true });
  const { kty, crv, x, y } = await exportJWK(publicKey);
  const sealed = vault.seal(JSON.stringify(await exportJWK(privateKey)), "secret");
  const [row] = await db
    .insert(schema.signingKeys)
    .values({
      kid: randomBytes(16).toString("base64url"),
      alg: "ES256",
      publicJwk: { kty, crv, x, y },
      privateJwkSealed: sealed.value,
      privateKekId: sealed.kekId,
      createdAt: clock.now(),
    })
    .returning();
  if (!row) throw new Error("signing key insert returned nothing");
  return row;
}
