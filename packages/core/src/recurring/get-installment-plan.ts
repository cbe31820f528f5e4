import { type Database, schema } from "@jeton/db";
import { eq } from "drizzle-orm";
import { findScoped, type MerchantScope } from "../scope";
import { toInstallmentPlanView, type InstallmentPlanView } from "./recurring-views";

/** A plan with every instalment: dates, amounts, attempts and outcomes. */
export async function getInstallmentPlan({ db }: { db: Database }, { scope, installmentPlanId }: { scope: MerchantScope; installmentPlanId: string }): Promise<InstallmentPlanView> {
  const row = await findScoped(db, schema.installmentPlans, scope, installmentPlanId, { what: "installment plan", prefix: "ipl" });
  const charges = await db.select().from(schema.recurringCharges).where(eq(schema.recurringCharges.installmentPlanId, row.id));
  return toInstallmentPlanView(row, charges);
}
