import { schema } from "@jeton/db";
import { and, eq, isNull, type SQL } from "drizzle-orm";
import { AppError } from "../errors";
import { isId } from "../ids/create-id";
import type { Mode } from "../merchants/create-api-key";

/**
 * The one way to name a merchant's endpoint: its id, in the caller's merchant
 * and mode, not deleted. Another merchant's id, a deleted one or a malformed
 * one is the same `resource_not_found`.
 */
export function liveEndpointWhere({ merchantId, mode, endpointId }: { merchantId: string; mode: Mode; endpointId: string }): {
  where: SQL;
  notFound: AppError;
} {
  const notFound = new AppError("resource_not_found", `No such webhook endpoint: ${endpointId.slice(0, 100)}`, { param: "id" });
  if (!isId("we", endpointId)) throw notFound;
  const where = and(
    eq(schema.webhookEndpoints.id, endpointId),
    eq(schema.webhookEndpoints.merchantId, merchantId),
    eq(schema.webhookEndpoints.mode, mode),
    isNull(schema.webhookEndpoints.deletedAt),
  ) as SQL;
  return { where, notFound };
}
