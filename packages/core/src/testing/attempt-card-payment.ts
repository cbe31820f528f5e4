import type { Database } from "@jeton/db";
import type { Clock } from "../clock/clock";
import { submitPaymentAttempt } from "../payments/submit-payment-attempt";
import type { Vault } from "../vault/create-vault";
import { testAcquirersWithLive } from "./test-acquirers";
import { testUrls } from "./test-urls";

/** Tests only: the hosted page's card form submitted for a payment request, with a test card. */
export function attemptCardPayment(
  deps: { db: Database; vault: Vault; clock: Clock },
  paymentRequestId: string,
  number: string,
  { cvc = "123" }: { cvc?: string } = {},
) {
  return submitPaymentAttempt(
    { ...deps, urls: testUrls, acquirers: testAcquirersWithLive },
    {
      paymentRequestId,
      card: { number, expMonth: "12", expYear: "2030", cvc },
      challengeWindowSize: "05",
    },
  );
}
