import { issuePaymentResult, type CheckoutSession } from "@jeton/core";
import type { AppContext } from "@/server/context";
import { resultClaims } from "./result-claims";

/** The signed result the ticket's return form carries to the merchant: one per outcome, served again on every view. */
export async function returnResult(context: AppContext, session: CheckoutSession): Promise<{ token: string; jti: string }> {
  const pr = session.paymentRequest;
  return issuePaymentResult(context, {
    issuer: context.config.publicUrl,
    merchantId: pr.merchantId,
    paymentRequestId: pr.id,
    result: resultClaims(session),
  });
}
