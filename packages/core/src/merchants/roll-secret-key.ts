import { type Database, schema } from "@jeton/db";
import { eq, isNull } from "drizzle-orm";
import type { Clock } from "../clock/clock";
import { AppError } from "../errors";
import { createId } from "../ids/create-id";
import { scopedWhere } from "../scope";
import { createApiKeyMaterial, type Mode } from "./create-api-key";

/**
 * Replaces the merchant's secret key in one mode: every current secret key of
 * that mode stops authenticating now, and a new one is made. The new key
 * exists in clear only in the returned value (the database keeps its hash):
 * show it once, never log it.
 */
export async function rollSecretKey(
  { db, clock }: { db: Database; clock: Clock },
  { merchantId, mode }: { merchantId: string; mode: Mode },
): Promise<{ keyId: string; secretKey: string; redacted: string; revoked: number }> {
  const now = clock.now();
  const material = createApiKeyMaterial("secret", mode);
  const keyId = createId("key");
  const revoked = await db.transaction(async (tx) => {
    // Two rolls at once must not both leave a key alive: they queue on the merchant row.
    const [merchant] = await tx.select({ id: schema.merchants.id }).from(schema.merchants).where(eq(schema.merchants.id, merchantId)).for("update");
    if (!merchant) throw new AppError("resource_not_found", `No such merchant: ${merchantId.slice(0, 100)}`, { param: "merchant" });
    const rows = await tx
      .update(schema.apiKeys)
      .set({ revokedAt: now })
      .where(scopedWhere(schema.apiKeys, { merchantId, mode }, eq(schema.apiKeys.kind, "secret"), isNull(schema.apiKeys.revokedAt)))
      .returning({ id: schema.apiKeys.id });
    await tx.insert(schema.apiKeys).values({ id: keyId, merchantId, ...material.row, createdAt: now });
    return rows.length;
  });
  return { keyId, secretKey: material.key, redacted: material.row.redacted, revoked };
}
