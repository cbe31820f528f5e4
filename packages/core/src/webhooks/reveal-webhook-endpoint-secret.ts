import { type Database, schema } from "@jeton/db";
import { and, eq, isNull } from "drizzle-orm";
import { AppError } from "../errors";
import { isId } from "../ids/create-id";
import type { Mode } from "../merchants/create-api-key";
import type { Vault } from "../vault/create-vault";

/**
 * The endpoint's `whsec_` secret in clear. Only for answers that must repeat
 * the creation response (an idempotent replay) or for staff who are allowed
 * to see it; the list and read APIs never show it.
 */
export async function revealWebhookEndpointSecret(
  { db, vault }: { db: Database; vault: Vault },
  { merchantId, mode, endpointId }: { merchantId: string; mode: Mode; endpointId: string },
): Promise<string> {
  const notFound = new AppError("resource_not_found", `No such webhook endpoint: ${endpointId.slice(0, 100)}`, { param: "id" });
  if (!isId("we", endpointId)) throw notFound;
  const [row] = await db
    .select({ secretSealed: schema.webhookEndpoints.secretSealed })
    .from(schema.webhookEndpoints)
    .where(
      and(
        eq(schema.webhookEndpoints.id, endpointId),
        eq(schema.webhookEndpoints.merchantId, merchantId),
        eq(schema.webhookEndpoints.mode, mode),
        isNull(schema.webhookEndpoints.deletedAt),
      ),
    );
  if (!row) throw notFound;
  return vault.open(row.secretSealed, "secret");
}
