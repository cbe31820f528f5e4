import { type Database, schema } from "@jeton/db";
import type { Mode } from "../merchants/create-api-key";
import type { Vault } from "../vault/create-vault";
import { liveEndpointWhere } from "./live-endpoint-where";

/**
 * The endpoint's `whsec_` secret in clear. Only for answers that must repeat
 * the creation response (an idempotent replay) or for staff who are allowed
 * to see it; the list and read APIs never show it.
 */
export async function revealWebhookEndpointSecret(
  { db, vault }: { db: Database; vault: Vault },
  { merchantId, mode, endpointId }: { merchantId: string; mode: Mode; endpointId: string },
): Promise<string> {
  const { where, notFound } = liveEndpointWhere({ merchantId, mode, endpointId });
  const [row] = await db
    .select({ secretSealed: schema.webhookEndpoints.secretSealed })
    .from(schema.webhookEndpoints)
    .where(where);
  if (!row) throw notFound;
  return vault.open(row.secretSealed, "secret");
}
