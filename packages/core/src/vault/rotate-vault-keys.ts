import { type Database, schema } from "@jeton/db";
import { and, eq, isNotNull, ne, or } from "drizzle-orm";
import type { Vault } from "./create-vault";

const { cardTokens } = schema;

/**
 * Re-wraps every data key still under an older KEK with the active one, in
 * batches. Each row is updated only if its sealed value is still the one read,
 * so a concurrent writer is never overwritten; such a row is simply picked up
 * by the next batch.
 */
export async function rotateVaultKeys(
  { db, vault }: { db: Database; vault: Vault },
  { batchSize = 500 }: { batchSize?: number } = {},
): Promise<{ rewrapped: number }> {
  let rewrapped = 0;
  for (;;) {
    const rows = await db
      .select({ id: cardTokens.id, panSealed: cardTokens.panSealed, cvcSealed: cardTokens.cvcSealed, panKekId: cardTokens.panKekId, cvcKekId: cardTokens.cvcKekId })
      .from(cardTokens)
      .where(
        or(
          ne(cardTokens.panKekId, vault.activeKekId),
          and(isNotNull(cardTokens.cvcSealed), ne(cardTokens.cvcKekId, vault.activeKekId)),
        ),
      )
      .limit(batchSize);
    if (rows.length === 0) return { rewrapped };
    let progressed = 0;
    for (const row of rows) {
      const pan = row.panKekId === vault.activeKekId ? { value: row.panSealed, kekId: row.panKekId } : vault.rewrap(row.panSealed);
      const cvc = row.cvcSealed && row.cvcKekId !== vault.activeKekId ? vault.rewrap(row.cvcSealed) : null;
      const updated = await db
        .update(cardTokens)
        .set({
          panSealed: pan.value,
          panKekId: pan.kekId,
          ...(cvc ? { cvcSealed: cvc.value, cvcKekId: cvc.kekId } : {}),
        })
        .where(
          and(
            eq(cardTokens.id, row.id),
            eq(cardTokens.panSealed, row.panSealed),
            row.cvcSealed ? eq(cardTokens.cvcSealed, row.cvcSealed) : undefined,
          ),
        )
        .returning({ id: cardTokens.id });
      if (updated.length > 0) {
        rewrapped += 1;
        progressed += 1;
      }
    }
    if (progressed === 0) return { rewrapped };
  }
}
