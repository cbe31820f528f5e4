import { AppError, settleTransactions } from "@jeton/core";
import type { StaffMutationInput, StaffMutationOptions, StaffMutationOutcome } from "@/server/backoffice/staff-mutation";

export const settleTestPaymentsOptions: StaffMutationOptions<Record<string, never>> = {
  action: "settlement.run_test",
  role: "admin",
};

/**
 * POST /dashboard/payments/settle-test – run the settlement cut-off now for
 * this merchant's TEST data only, so staff can try refunds without waiting
 * for the daily cut-off. Live data is settled by the platform's cut-off alone.
 */
export async function settleTestPayments({ context, staff }: StaffMutationInput<Record<string, never>>): Promise<StaffMutationOutcome> {
  if (staff.mode !== "test") throw new AppError("parameter_invalid", "Settlement on demand is for test data only.", { param: "mode" });
  const run = await settleTransactions(context, { scope: { merchantId: staff.merchantId, mode: "test" } });
  return {
    redirect: "/dashboard/payments",
    notice: "test_settled",
    target: { type: "settlement", id: run.settlement.id },
    details: { settled: run.settled, cutoffAt: run.settlement.cutoffAt },
    json: { settled: run.settled, settlementId: run.settlement.id },
  };
}
