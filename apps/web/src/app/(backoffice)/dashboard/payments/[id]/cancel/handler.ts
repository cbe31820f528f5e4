import { cancelTransaction } from "@jeton/core";
import type { StaffMutationInput, StaffMutationOptions, StaffMutationOutcome } from "@/server/backoffice/staff-mutation";

type Params = { id: string };

export const cancelPaymentOptions: StaffMutationOptions<Params> = {
  action: "transaction.cancel",
  role: "admin",
  target: (params) => ({ type: "transaction", id: params.id }),
};

/** POST /dashboard/payments/{id}/cancel – void an authorization or a capture before settlement, with the API's cancelTransaction. */
export async function cancelPayment({ context, staff, params }: StaffMutationInput<Params>): Promise<StaffMutationOutcome> {
  const transaction = await cancelTransaction(context, { merchantId: staff.merchantId, mode: staff.mode, transactionId: params.id });
  return {
    redirect: `/dashboard/payments/${transaction.id}`,
    notice: "canceled",
    target: { type: "transaction", id: transaction.id },
    details: { amount: transaction.amount, currency: transaction.currency },
    json: { status: transaction.status },
  };
}
