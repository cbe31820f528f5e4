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
  let rewrapped =
    (await rewrapSigningKeys({ db, vault })) + (await rewrapWebhookSecrets({ db, vault }, batchSize)) + (await rewrapSavedCards({ db, vault }, batchSize)) +
    (await rewrapStaffTotpSecrets({ db, vault }, batchSize));
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
      // A PAN destroyed by the retention sweep has nothing left to re-wrap (its CVC went with it).
      if (row.panSealed === null || row.panKekId === null) continue;
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

/** Signing keys are few (one active, a retired one for ten minutes, history), so one pass does. */
async function rewrapSigningKeys({ db, vault }: { db: Database; vault: Vault }): Promise<number> {
  const { signingKeys } = schema;
  const rows = await db
    .select({ kid: signingKeys.kid, privateJwkSealed: signingKeys.privateJwkSealed })
    .from(signingKeys)
    .where(ne(signingKeys.privateKekId, vault.activeKekId));
  let rewrapped = 0;
  for (const row of rows) {
    const sealed = vault.rewrap(row.privateJwkSealed);
    const updated = await db
      .update(signingKeys)
      .set({ privateJwkSealed: sealed.value, privateKekId: sealed.kekId })
      .where(and(eq(signingKeys.kid, row.kid), eq(signingKeys.privateJwkSealed, row.privateJwkSealed)))
      .returning({ kid: signingKeys.kid });
    rewrapped += updated.length;
  }
  return rewrapped;
}

/** Webhook endpoint secrets (sealed `whsec_` values), in batches; deleted endpoints too, so the old KEK can go. */
async function rewrapWebhookSecrets({ db, vault }: { db: Database; vault: Vault }, batchSize: number): Promise<number> {
  const { webhookEndpoints } = schema;
  let rewrapped = 0;
  for (;;) {
    const rows = await db
      .select({ id: webhookEndpoints.id, secretSealed: webhookEndpoints.secretSealed })
      .from(webhookEndpoints)
      .where(ne(webhookEndpoints.secretKekId, vault.activeKekId))
      .limit(batchSize);
    let progressed = 0;
    for (const row of rows) {
      const sealed = vault.rewrap(row.secretSealed);
      const updated = await db
        .update(webhookEndpoints)
        .set({ secretSealed: sealed.value, secretKekId: sealed.kekId })
        .where(and(eq(webhookEndpoints.id, row.id), eq(webhookEndpoints.secretSealed, row.secretSealed)))
        .returning({ id: webhookEndpoints.id });
      progressed += updated.length;
    }
    rewrapped += progressed;
    if (progressed === 0) return rewrapped;
  }
}

/** Saved cards' PANs, in batches; deleted cards too (their sealed PAN stays, and the old KEK must be able to go). */
async function rewrapSavedCards({ db, vault }: { db: Database; vault: Vault }, batchSize: number): Promise<number> {
  const { cards } = schema;
  let rewrapped = 0;
  for (;;) {
    const rows = await db
      .select({ id: cards.id, panSealed: cards.panSealed })
      .from(cards)
      .where(ne(cards.panKekId, vault.activeKekId))
      .limit(batchSize);
    let progressed = 0;
    for (const row of rows) {
      const sealed = vault.rewrap(row.panSealed);
      const updated = await db
        .update(cards)
        .set({ panSealed: sealed.value, panKekId: sealed.kekId })
        .where(and(eq(cards.id, row.id), eq(cards.panSealed, row.panSealed)))
        .returning({ id: cards.id });
      progressed += updated.length;
    }
    rewrapped += progressed;
    if (progressed === 0) return rewrapped;
  }
}

/** Staff members' TOTP secrets, in batches; disabled users' too, so the old KEK can go. */
async function rewrapStaffTotpSecrets({ db, vault }: { db: Database; vault: Vault }, batchSize: number): Promise<number> {
  const { staffUsers } = schema;
  let rewrapped = 0;
  for (;;) {
    const rows = await db
      .select({ id: staffUsers.id, sealed: staffUsers.totpSecretSealed })
      .from(staffUsers)
      .where(and(isNotNull(staffUsers.totpSecretSealed), ne(staffUsers.totpKekId, vault.activeKekId)))
      .limit(batchSize);
    let progressed = 0;
    for (const row of rows) {
      if (!row.sealed) continue;
      const sealed = vault.rewrap(row.sealed);
      const updated = await db
        .update(staffUsers)
        .set({ totpSecretSealed: sealed.value, totpKekId: sealed.kekId })
        .where(and(eq(staffUsers.id, row.id), eq(staffUsers.totpSecretSealed, row.sealed)))
        .returning({ id: staffUsers.id });
      progressed += updated.length;
    }
    rewrapped += progressed;
    if (progressed === 0) return rewrapped;
  }
}
