import { completeCardPaymentChallenge, decodeCRes } from "@jeton/core";
import type { AppContext } from "./context";
import { readFormBody } from "./http/read-form-body";

/** A CRes is ~200 characters; the notification form carries nothing else worth more. */
const MAX_NOTIFICATION_BYTES = 4096;

/**
 * The 3DS notification URL's work, for the hosted page and for API
 * transactions alike: read the `cres` the ACS posted and complete the
 * transaction from the 3DS server's own record (a forged cres changes nothing).
 */
export async function completeNotifiedChallenge(request: Request, context: AppContext) {
  const form = await readFormBody(request, MAX_NOTIFICATION_BYTES);
  const cres = decodeCRes(form.get("cres"));
  return completeCardPaymentChallenge(context, { threeDSServerTransID: cres.threeDSServerTransID });
}
