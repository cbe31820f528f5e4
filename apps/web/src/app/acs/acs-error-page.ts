import { randomUUID } from "node:crypto";
import { isAppError } from "@jeton/core";
import type { Logger } from "pino";
import type { AcsLocale } from "./acs-messages";
import { renderAcsPage } from "./render-acs-page";

/**
 * The ACS answers a browser inside an iframe, so even its errors are pages:
 * a clear sentence and no form, never the JSON envelope or a stack.
 */
export function acsErrorPage(error: unknown, locale: AcsLocale, logger: Pick<Logger, "error">): Response {
  if (isAppError(error)) {
    switch (error.code) {
      case "resource_not_found":
        return renderAcsPage(locale, { kind: "ended", reason: "unknown" });
      case "challenge_expired":
        return renderAcsPage(locale, { kind: "ended", reason: "expired" });
      case "challenge_closed":
        return renderAcsPage(locale, { kind: "ended", reason: "closed" });
      case "internal_error":
        break;
      default: {
        // Malformed CReq, wrong content type, oversized body…: the request is at fault.
        const response = renderAcsPage(locale, { kind: "ended", reason: "invalid" });
        return new Response(response.body, { status: error.status, headers: response.headers });
      }
    }
  }
  const reference = randomUUID();
  logger.error({ err: error, reference }, "ACS page failed");
  return renderAcsPage(locale, { kind: "ended", reason: "error" });
}
