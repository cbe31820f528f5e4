import { type Database, schema } from "@jeton/db";
import { desc, gte } from "drizzle-orm";
import type { Clock } from "../clock/clock";
import { scopedWhere, type MerchantScope } from "../scope";
import { toMerchantAlertView, type MerchantAlertView } from "./merchant-alert-view";

/** The merchant's alerts of the last `hours` (the back-office banner), newest first. */
export async function listRecentMerchantAlerts(
  { db, clock }: { db: Database; clock: Clock },
  scope: MerchantScope,
  { hours = 24, limit = 5 }: { hours?: number; limit?: number } = {},
): Promise<MerchantAlertView[]> {
  const since = new Date(clock.now().getTime() - hours * 3600_000);
  const rows = await db
    .select()
    .from(schema.merchantAlerts)
    .where(scopedWhere(schema.merchantAlerts, scope, gte(schema.merchantAlerts.createdAt, since)))
    .orderBy(desc(schema.merchantAlerts.createdAt))
    .limit(limit);
  return rows.map(toMerchantAlertView);
}
