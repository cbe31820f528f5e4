import { decideReview } from "@jeton/core";
import type { StaffMutationInput, StaffMutationOptions, StaffMutationOutcome } from "@/server/backoffice/staff-mutation";
import { parseBody } from "@/server/http/parse-body";
import { formObject } from "@/server/backoffice/form-object";
import { reviewDecisionFields } from "./schema";

type Params = { id: string };

export const decidePaymentReviewOptions: StaffMutationOptions<Params> = {
  action: "review.decide",
  role: "admin",
  target: (params) => ({ type: "transaction", id: params.id }),
};

/**
 * POST /dashboard/payments/{id}/review – `decision=approve` (the capture
 * goes ahead) or `decision=reject` (the authorization is canceled, a
 * settled payment refunded) for a payment held by a `review` risk outcome.
 */
export async function decidePaymentReview({ context, staff, params, fields }: StaffMutationInput<Params>): Promise<StaffMutationOutcome> {
  const { decision } = parseBody(reviewDecisionFields, formObject(fields));
  const row = await decideReview(context, { merchantId: staff.merchantId, mode: staff.mode }, { transactionId: params.id, decision }, null);
  return {
    redirect: `/dashboard/payments/${params.id}`,
    notice: decision === "approve" ? "review_approved" : "review_rejected",
    target: { type: "transaction", id: params.id },
    details: { decision, status: row.status },
    json: { status: row.status, reviewStatus: row.reviewStatus },
  };
}
