import { isAppError, isOriginAllowed, toTransactionStatusView } from "@jeton/core";
import { completeNotifiedChallenge } from "@/server/complete-notified-challenge";
import type { AppContext } from "@/server/context";
import { readThreeDsPageRequest, renderThreeDsPage } from "../../render-three-ds-page";

// POST /three-ds/{id}/notify?origin=…&lang=… – the 3DS notification URL of API transactions: the ACS
// posts `cres` here inside the challenge frame (the id in the route is what the proxy frames by). The outcome is read from the 3DS server's own
// record (completeCardPaymentChallenge), never from the cres, and goes to the merchant page by
// postMessage, only to an origin the transaction's merchant registered.
export async function handleTransactionChallengeNotification(request: Request, context: AppContext, params: { id: string }): Promise<Response> {
  const { locale, nonce, origin } = readThreeDsPageRequest(request);
  try {
    const transaction = await completeNotifiedChallenge(request, context);
    if (transaction.id !== params.id || transaction.paymentRequestId || !(await isOriginAllowed(context, origin, { merchantId: transaction.merchantId, mode: transaction.mode }))) {
      return renderThreeDsPage(locale, nonce, { kind: "refused" }, 403);
    }
    const status = toTransactionStatusView(transaction, context.clock.now());
    return renderThreeDsPage(locale, nonce, { kind: "finished", status, merchantOrigin: origin, target: "grandparent" });
  } catch (error) {
    if (!isAppError(error) || error.status >= 500) throw error;
    return renderThreeDsPage(locale, nonce, { kind: "refused" }, error.status);
  }
}
