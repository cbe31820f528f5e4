import { type Database, schema } from "@jeton/db";
import { desc, gt, isNull, or } from "drizzle-orm";
import type { JWK } from "jose";
import type { Clock } from "../clock/clock";

export interface PublishedJwk extends JWK {
  kid: string;
  alg: "ES256";
  use: "sig";
}

/**
 * The JSON Web Key Set served at /.well-known/jwks.json: the active key and
 * the retired keys whose tokens may still be unexpired. Public parts only:
 * the stored public JWK never holds `d`, and only known members are copied.
 */
export async function listPublishedJwks({ db, clock }: { db: Database; clock: Clock }): Promise<{ keys: PublishedJwk[] }> {
  const rows = await db
    .select({ kid: schema.signingKeys.kid, publicJwk: schema.signingKeys.publicJwk })
    .from(schema.signingKeys)
    .where(or(isNull(schema.signingKeys.retiredAt), gt(schema.signingKeys.unpublishAfter, clock.now())))
    // The active key first (DESC puts NULLs first in PostgreSQL), then the most recently retired.
    .orderBy(desc(schema.signingKeys.retiredAt), desc(schema.signingKeys.createdAt), desc(schema.signingKeys.kid));
  return {
    keys: rows.map(({ kid, publicJwk }) => ({
      kty: String(publicJwk.kty),
      crv: String(publicJwk.crv),
      x: String(publicJwk.x),
      y: String(publicJwk.y),
      kid,
      alg: "ES256",
      use: "sig",
    })),
  };
}
