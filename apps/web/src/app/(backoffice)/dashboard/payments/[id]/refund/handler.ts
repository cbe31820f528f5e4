import { getTransaction, refundTransaction } from "@jeton/core";
import { majorAmount } from "@/backoffice/major-amount";
import type { StaffMutationInput, StaffMutationOptions, StaffMutationOutcome } from "@/server/backoffice/staff-mutation";
import { readMajorAmount } from "@/server/backoffice/read-major-amount";
import { parseBody } from "@/server/http/parse-body";
import { formObject } from "@/server/backoffice/form-object";
import { refundPaymentFields } from "./schema";

type Params = { id: string };

export const refundPaymentOptions: StaffMutationOptions<Params> = {
  action: "transaction.refund",
  role: "admin",
  target: (params) => ({ type: "transaction", id: params.id }),
};

/**
 * POST /dashboard/payments/{id}/refund – refund all or part of a settled
 * payment; `amount` in major units (everything that remains when empty),
 * `reason` optional. The API's own refundTransaction does the work.
 */
export async function refundPayment({ context, staff, params, fields }: StaffMutationInput<Params>): Promise<StaffMutationOutcome> {
  const own = { merchantId: staff.merchantId, mode: staff.mode, transactionId: params.id };
  // The currency gives the amount its exponent; an unknown or foreign id stops here as not found.
  const input = parseBody(refundPaymentFields, formObject(fields));
  const { currency } = await getTransaction(context, own);
  const amount = readMajorAmount(input.amount, currency);
  const { refund, transaction } = await refundTransaction(context, { ...own, amount, reason: input.reason, description: input.description, metadata: input.metadata });
  return {
    redirect: `/dashboard/payments/${transaction.id}`,
    notice: "refunded",
    target: { type: "transaction", id: transaction.id },
    details: {
      refundId: refund.id,
      amount: refund.amount,
      currency: refund.currency,
      amountMajor: majorAmount(refund.amount, refund.currency),
      status: transaction.status,
    },
    json: { refund, transactionStatus: transaction.status },
  };
}
