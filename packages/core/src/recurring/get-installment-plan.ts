import { type Database, schema } from "@jeton/db";
import { and, desc, eq, inArray } from "drizzle-orm";
import { findScoped, scopedWhere, type MerchantScope } from "../scope";
import { toInstallmentPlanView, type InstallmentPlanView } from "./recurring-views";

/** A plan with every instalment: dates, amounts, attempts and outcomes. */
export async function getInstallmentPlan({ db }: { db: Database }, { scope, installmentPlanId }: { scope: MerchantScope; installmentPlanId: string }): Promise<InstallmentPlanView> {
  const row = await findScoped(db, schema.installmentPlans, scope, installmentPlanId, { what: "installment plan", prefix: "ipl" });
  const charges = await db.select().from(schema.recurringCharges).where(eq(schema.recurringCharges.installmentPlanId, row.id));
  return toInstallmentPlanView(row, charges);
}

/** The merchant's instalment plans, newest first (the back-office list); `status` narrows. */
export async function listInstallmentPlans(
  { db }: { db: Database },
  { scope, status, merchantReference, limit = 50 }: { scope: MerchantScope; status?: string | undefined; merchantReference?: string | undefined; limit?: number },
): Promise<InstallmentPlanView[]> {
  const { installmentPlans: p } = schema;
  const filters = [scopedWhere(p, scope)];
  if (status) filters.push(eq(p.status, status as (typeof p.status.enumValues)[number]));
  if (merchantReference) filters.push(eq(p.merchantReference, merchantReference));
  const rows = await db.select().from(p).where(and(...filters)).orderBy(desc(p.createdAt), desc(p.id)).limit(limit);
  if (rows.length === 0) return [];
  const charges = await db.select().from(schema.recurringCharges).where(inArray(schema.recurringCharges.installmentPlanId, rows.map((r) => r.id)));
  return rows.map((row) => toInstallmentPlanView(row, charges.filter((c) => c.installmentPlanId === row.id)));
}
