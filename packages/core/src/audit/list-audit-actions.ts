import { type Database, schema } from "@jeton/db";
import { asc } from "drizzle-orm";
import { merchantWhere } from "../scope";

/** The action names that occur in a merchant's audit log, for the filter's choices. */
export async function listAuditActions({ db }: { db: Database }, input: { merchantId: string }): Promise<string[]> {
  const rows = await db
    .selectDistinct({ action: schema.auditLog.action })
    .from(schema.auditLog)
    .where(merchantWhere(schema.auditLog, input.merchantId))
    .orderBy(asc(schema.auditLog.action));
  return rows.map((row) => row.action);
}
