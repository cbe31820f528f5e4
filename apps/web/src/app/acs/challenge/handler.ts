import { decodeCReq, getAcsChallenge } from "@jeton/core";
import type { AppContext } from "@/server/context";
import { acsErrorPage } from "../acs-error-page";
import { acsLocaleOf } from "../acs-messages";
import { readFormBody } from "@/server/http/read-form-body";
import { readThreeDsSessionData } from "../read-three-ds-session-data";
import { renderAcsPage } from "../render-acs-page";

/** A CReq is ~250 characters, threeDSSessionData at most 1024. */
export const ACS_MAX_FORM_BYTES = 8 * 1024;

// POST /acs/challenge – the simulated bank's challenge page, opened by the
// 3DS server posting `creq` into the challenge iframe.
export async function handleAcsChallenge(request: Request, context: AppContext): Promise<Response> {
  const locale = acsLocaleOf(new URL(request.url).searchParams.get("lang"));
  try {
    const form = await readFormBody(request, ACS_MAX_FORM_BYTES);
    const creq = decodeCReq(form.get("creq") ?? undefined);
    const threeDSSessionData = readThreeDsSessionData(form);
    const challenge = await getAcsChallenge(context, { acsTransId: creq.acsTransID });
    // Both ids must name the same authentication, or the CReq was made up.
    if (challenge.threeDSServerTransID !== creq.threeDSServerTransID) return renderAcsPage(locale, { kind: "ended", reason: "unknown" });
    if (challenge.status === "expired") return renderAcsPage(locale, { kind: "ended", reason: "expired" });
    if (challenge.status !== "challenge_pending") return renderAcsPage(locale, { kind: "ended", reason: "closed" });
    return renderAcsPage(locale, {
      kind: "challenge",
      acsTransId: challenge.acsTransID,
      attemptsLeft: challenge.attemptsLeft,
      amount: challenge.amount,
      currency: challenge.currency,
      notificationUrl: challenge.notificationUrl,
      threeDSSessionData,
    });
  } catch (error) {
    return acsErrorPage(error, locale, context.logger);
  }
}
