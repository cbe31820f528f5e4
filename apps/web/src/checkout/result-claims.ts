import { shopperFacingRefusal, splitInstallments, type CheckoutSession, type PaymentResultClaims } from "@jeton/core";

/**
 * The claims of the signed result for the request's current outcome. The token
 * travels through the shopper's browser (a form post to the return URL), and a
 * JWS is signed, not encrypted: a lost, stolen, fraud-suspected or blocked card
 * reads as the generic `card_declined` / "05" here too. The merchant reads the
 * precise code with its secret key or from its webhooks.
 */
export function resultClaims(session: CheckoutSession): PaymentResultClaims {
  const pr = session.paymentRequest;
  const tx = session.attempt ?? null;
  const status: PaymentResultClaims["status"] =
    session.status === "succeeded"
      ? "succeeded"
      : session.status === "open"
        ? tx?.status === "authentication_failed"
          ? "authentication_failed"
          : "declined"
        : session.status;
  const threeDs = tx?.threeDs as { version: string; transStatus: string; eci?: string; liabilityShift: boolean } | null | undefined;
  return {
    status,
    paymentRequestId: pr.id,
    ...(tx ? { transactionId: tx.id } : pr.transactionId ? { transactionId: pr.transactionId } : {}),
    amount: pr.amount,
    currency: pr.currency,
    merchantReference: pr.merchantReference,
    ...(tx ? refusalCodes(tx) : { responseCode: null, declineCode: null }),
    threeDs: threeDs ? { version: threeDs.version, transStatus: threeDs.transStatus, ...(threeDs.eci ? { eci: threeDs.eci } : {}), liabilityShift: threeDs.liabilityShift } : null,
    ...(pr.cardTokenId ? { cardTokenId: pr.cardTokenId } : {}),
    ...(pr.cardId ? { cardId: pr.cardId } : {}),
    ...(pr.cardId && pr.customerId ? { customerId: pr.customerId } : {}),
    ...(pr.installments
      ? { installmentPlan: { id: pr.installmentPlanId, count: pr.installments.count, interval: pr.installments.interval, amounts: splitInstallments(pr.amount, pr.installments.count) } }
      : {}),
    mode: pr.mode,
  };
}

function refusalCodes(tx: NonNullable<CheckoutSession["attempt"]>): { responseCode: string | null; declineCode: string | null } {
  const shown = shopperFacingRefusal({ status: tx.status, declineCode: tx.declineCode, responseCode: tx.responseCode });
  return { responseCode: shown.responseCode, declineCode: shown.declineCode };
}
