import { type Database, schema } from "@jeton/db";
import { eq } from "drizzle-orm";
import type { Clock } from "../clock/clock";
import { AppError } from "../errors";
import { cancelPaymentRequest } from "./cancel-payment-request";
import type { PlatformUrls } from "../urls/platform-urls";
import type { PaymentRequestView } from "./payment-request-view";

/** The shopper's Cancel on the hosted page: the same cancellation as the merchant's, found by the page's id. */
export async function abandonPaymentRequest(
  deps: { db: Database; clock: Clock; urls: PlatformUrls },
  { paymentRequestId }: { paymentRequestId: string },
): Promise<PaymentRequestView> {
  const [row] = await deps.db
    .select({ merchantId: schema.paymentRequests.merchantId, mode: schema.paymentRequests.mode })
    .from(schema.paymentRequests)
    .where(eq(schema.paymentRequests.id, paymentRequestId));
  if (!row) throw new AppError("resource_not_found", "No such payment request.");
  return cancelPaymentRequest(deps, { merchantId: row.merchantId, mode: row.mode, id: paymentRequestId });
}
