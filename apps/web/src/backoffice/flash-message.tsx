import { errorCatalog, type ErrorCode } from "@jeton/core";

/** What a mutation's `?notice=` code says once it has worked. Routes add their codes here. */
const notices: Record<string, string> = {
  captured: "The payment was captured.",
  canceled: "The payment was canceled.",
  refunded: "The refund was made.",
  blacklisted: "The card was added to the blacklist.",
  mode_switched: "Switched data mode.",
  saved: "Saved.",
  link_created: "The payment link was created.",
  key_rolled: "A new secret key was created; the old one no longer works.",
  endpoint_created: "The webhook endpoint was created.",
  test_sent: "A test event was sent.",
  redelivered: "The event will be delivered again.",
  user_created: "The staff member was added.",
  user_updated: "The staff member was updated.",
};

/** Plain words for the error codes a back-office action can end with; anything else falls back to a generic line. */
const errorMessages: Partial<Record<ErrorCode, string>> = {
  permission_denied: "Your role does not allow this.",
  csrf_token_invalid: "This form was out of date. Reload the page and try again.",
  origin_not_allowed: "This change must be made from the back-office itself.",
  transaction_not_capturable: "This payment cannot be captured (it is not an authorization waiting for capture, or the 7 days have passed).",
  capture_exceeds_authorized: "The capture amount is more than was authorized.",
  transaction_not_cancelable: "This payment can no longer be canceled (only before settlement).",
  transaction_not_refundable: "Only a settled payment can be refunded.",
  refund_exceeds_remaining: "The refund is more than what remains to refund.",
  parameter_invalid: "Some of the values are not valid.",
  resource_not_found: "Not found.",
  acquirer_unavailable: "The acquirer did not answer; nothing was changed. Try again.",
  email_taken: "A staff member already uses this email.",
  body_too_large: "The upload is too large.",
  unsupported_media_type: "This kind of file or form is not accepted.",
};

export function FlashMessage({ notice, error }: { notice?: string | string[] | undefined; error?: string | string[] | undefined }) {
  const errorCode = typeof error === "string" ? error : undefined;
  const noticeCode = typeof notice === "string" ? notice : undefined;
  if (errorCode) {
    const known = Object.hasOwn(errorCatalog, errorCode);
    const text = (known && errorMessages[errorCode as ErrorCode]) || "That did not work. Nothing was changed.";
    return (
      <div className="bo-error" role="alert">
        {text}
      </div>
    );
  }
  if (noticeCode && Object.hasOwn(notices, noticeCode)) {
    return (
      <div className="bo-notice" role="status">
        {notices[noticeCode]}
      </div>
    );
  }
  return null;
}
