import { cancelAcsChallenge, getAcsChallenge, isAppError, submitAcsChallenge } from "@jeton/core";
import type { AppContext } from "@/server/context";
import { acsErrorPage } from "../../acs-error-page";
import { acsLocaleOf, type AcsLocale } from "../../acs-messages";
import { readFormBody } from "@/server/http/read-form-body";
import { readThreeDsSessionData } from "../../read-three-ds-session-data";
import { renderAcsPage } from "../../render-acs-page";
import { ACS_MAX_FORM_BYTES } from "../handler";

async function challengeAgain(
  context: AppContext,
  locale: AcsLocale,
  acsTransId: string,
  threeDSSessionData: string | undefined,
  error: "wrong_code" | "empty_code",
): Promise<Response> {
  const challenge = await getAcsChallenge(context, { acsTransId });
  return renderAcsPage(locale, {
    kind: "challenge",
    acsTransId: challenge.acsTransID,
    attemptsLeft: challenge.attemptsLeft,
    amount: challenge.amount,
    currency: challenge.currency,
    notificationUrl: challenge.notificationUrl,
    threeDSSessionData,
    error,
  });
}

// POST /acs/challenge/verify – the shopper's answer: a code (Verify) or Cancel.
export async function handleAcsVerify(request: Request, context: AppContext): Promise<Response> {
  const locale = acsLocaleOf(new URL(request.url).searchParams.get("lang"));
  try {
    const form = await readFormBody(request, ACS_MAX_FORM_BYTES);
    const acsTransId = form.get("acsTransId") ?? "";
    const threeDSSessionData = readThreeDsSessionData(form);
    // Pressing Enter in the code field submits with the first button, Verify.
    const action = form.get("action") ?? "verify";

    if (action === "cancel") {
      const { cres, notificationUrl } = await cancelAcsChallenge(context, { acsTransId });
      if (!notificationUrl) return renderAcsPage(locale, { kind: "ended", reason: "closed" });
      return renderAcsPage(locale, { kind: "complete", outcome: "canceled", cres, notificationUrl, threeDSSessionData });
    }
    if (action !== "verify") return renderAcsPage(locale, { kind: "ended", reason: "invalid" });

    let answer;
    try {
      answer = await submitAcsChallenge(context, { acsTransId, code: form.get("code") ?? "" });
    } catch (error) {
      if (isAppError(error) && error.code === "parameter_invalid" && error.param === "code") {
        return challengeAgain(context, locale, acsTransId, threeDSSessionData, "empty_code");
      }
      throw error;
    }
    if (answer.outcome === "retry") return challengeAgain(context, locale, acsTransId, threeDSSessionData, "wrong_code");
    if (!answer.cres || !answer.notificationUrl) return renderAcsPage(locale, { kind: "ended", reason: "closed" });
    context.logger.info({ acsTransId, outcome: answer.outcome }, "3DS challenge answered");
    return renderAcsPage(locale, {
      kind: "complete",
      outcome: answer.outcome,
      cres: answer.cres,
      notificationUrl: answer.notificationUrl,
      threeDSSessionData,
    });
  } catch (error) {
    return acsErrorPage(error, locale, context.logger);
  }
}
