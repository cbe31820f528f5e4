import { captureTransaction, getTransaction } from "@jeton/core";
import { majorAmount } from "@/backoffice/major-amount";
import type { StaffMutationInput, StaffMutationOptions, StaffMutationOutcome } from "@/server/backoffice/staff-mutation";
import { readMajorAmount } from "@/server/backoffice/read-major-amount";
import { parseBody } from "@/server/http/parse-body";
import { formObject } from "@/server/backoffice/form-object";
import { capturePaymentFields } from "./schema";

type Params = { id: string };

export const capturePaymentOptions: StaffMutationOptions<Params> = {
  action: "transaction.capture",
  role: "admin",
  target: (params) => ({ type: "transaction", id: params.id }),
};

/**
 * POST /dashboard/payments/{id}/capture – capture a manual-capture
 * authorization, all of it or `amount` (major units). The API's own
 * captureTransaction does the work.
 */
export async function capturePayment({ context, staff, params, fields }: StaffMutationInput<Params>): Promise<StaffMutationOutcome> {
  const own = { merchantId: staff.merchantId, mode: staff.mode, transactionId: params.id };
  const input = parseBody(capturePaymentFields, formObject(fields));
  const { currency } = await getTransaction(context, own);
  const amount = readMajorAmount(input.amount, currency);
  const transaction = await captureTransaction(context, { ...own, amount });
  return {
    redirect: `/dashboard/payments/${transaction.id}`,
    notice: "captured",
    target: { type: "transaction", id: transaction.id },
    details: {
      amount: transaction.capturedAmount,
      currency: transaction.currency,
      amountMajor: majorAmount(transaction.capturedAmount, transaction.currency),
    },
    json: { status: transaction.status, capturedAmount: transaction.capturedAmount },
  };
}
