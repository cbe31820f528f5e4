import { schema } from "@jeton/db";
import { isNull, type SQL } from "drizzle-orm";
import type { AppError } from "../errors";
import { isId } from "../ids/create-id";
import { notFoundError, ownedWhere, type Mode } from "../scope";

/**
 * The one way to name a merchant's endpoint: its id, in the caller's merchant
 * and mode, not deleted. Another merchant's id, a deleted one or a malformed
 * one is the same `resource_not_found`.
 */
export function liveEndpointWhere({ merchantId, mode, endpointId }: { merchantId: string; mode: Mode; endpointId: string }): {
  where: SQL;
  notFound: AppError;
} {
  const notFound = notFoundError("webhook endpoint", endpointId);
  if (!isId("we", endpointId)) throw notFound;
  const where = ownedWhere(schema.webhookEndpoints, { merchantId, mode }, endpointId, isNull(schema.webhookEndpoints.deletedAt));
  return { where, notFound };
}
