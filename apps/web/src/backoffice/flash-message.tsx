import { errorCatalog, type ErrorCode } from "@jeton/core";

/** What a mutation's `?notice=` code says once it has worked. Routes add their codes here. */
const notices: Record<string, string> = {
  recurring_saved: "Retry settings saved.",
  subscription_canceled: "Subscription canceled: nothing more will be charged.",
  subscription_ending: "The subscription will be canceled at the end of the period paid.",
  installment_plan_canceled: "Instalment plan canceled: the instalments not yet paid will not be charged.",
  paused: "Subscription paused: nothing is charged until it is resumed.",
  resumed: "Subscription resumed.",
  captured: "The payment was captured.",
  canceled: "The payment was canceled.",
  refunded: "The refund was made.",
  blacklisted: "The card was added to the blacklist.",
  already_blacklisted: "This card was already on the blacklist; nothing changed.",
  unblacklisted: "The card was taken off the blacklist; its next payments go through the usual checks.",
  test_settled: "The test settlement ran: captured test payments are now settled and can be refunded.",
  mode_switched: "Switched data mode.",
  saved: "Saved.",
  review_approved: "The review was approved: the payment goes ahead (captured now if it captures automatically).",
  review_rejected: "The review was rejected: the payment was canceled.",
  rule_created: "The risk rule was created; it applies to the next payments.",
  rule_saved: "The risk rule was saved.",
  rule_deleted: "The risk rule was deleted.",
  rule_moved: "The rule order was changed.",
  risk_thresholds_saved: "The risk score thresholds were saved.",
  link_created: "The payment link was created.",
  link_created_and_sent: "The payment link was created and is being sent; its messages are listed below.",
  link_sent: "The payment link is being sent; its messages are listed below.",
  messaging_saved: "The messaging settings were saved.",
  key_rolled: "A new secret key was created; the old one no longer works.",
  endpoint_created: "The webhook endpoint was created.",
  test_sent: "A test event was sent.",
  redelivered: "The event will be delivered again.",
  user_created: "The staff member was added.",
  user_updated: "The staff member was updated.",
  role_changed: "The role was changed. That staff member's sessions have ended; they sign in again with the new role.",
  user_disabled: "The staff member was disabled and signed out everywhere.",
  user_unlocked: "The account was unlocked.",
  recovery_code_used: "You signed in with a recovery code. It cannot be used again.",
  // Settings.
  branding_saved: "The branding was saved; the payment page shows it now.",
  logo_uploaded: "The logo was uploaded; the payment page shows it now.",
  logo_removed: "The logo was removed from the payment page.",
  locales_saved: "The payment page languages were saved.",
  origin_added: "The origin was added.",
  origin_removed: "The origin was removed.",
  return_url_added: "The return URL was added.",
  return_url_removed: "The return URL was removed.",
  three_ds_saved: "The 3-D Secure policy was saved.",
  secret_key_rolled:
    "A new secret key was created and the old one no longer works. A new key is shown only once, on this page with JavaScript turned on: to get one you can copy, roll the key again there.",
  webhook_endpoint_created:
    "The webhook endpoint was created. Its signing secret is shown only once, on the page with JavaScript turned on: to get one, delete this endpoint and create it again there.",
  webhook_endpoint_deleted: "The webhook endpoint was deleted.",
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
  review_not_open: "This payment is not waiting for a review (it was already decided, or it expired).",
  risk_rules_limit_reached: "This mode already has the most risk rules allowed (100).",
  resource_not_found: "Not found.",
  acquirer_unavailable: "The acquirer did not answer; nothing was changed. Try again.",
  live_mode_unavailable: "Live mode is off on this platform (no live acquirer is configured); nothing was changed.",
  email_taken: "A staff member already uses this email.",
  last_owner_required: "The merchant must keep at least one active owner: make someone else an owner first.",
  body_too_large: "The upload is too large.",
  unsupported_media_type: "This kind of file or form is not accepted.",
};

/**
 * The outcome of the last form post: its notice, or its error in plain
 * words, naming the field at fault when the route named one (`?param=`,
 * e.g. `metadata[orderId]`); the form can mark that field too.
 */
export function FlashMessage({ notice, error, param }: { notice?: string | string[] | undefined; error?: string | string[] | undefined; param?: string | string[] | undefined }) {
  const errorCode = typeof error === "string" ? error : undefined;
  const noticeCode = typeof notice === "string" ? notice : undefined;
  const field = typeof param === "string" && param.length <= 100 ? param : undefined;
  if (errorCode) {
    const known = Object.hasOwn(errorCatalog, errorCode);
    const text = (known && errorMessages[errorCode as ErrorCode]) || "That did not work. Nothing was changed.";
    return (
      <div className="bo-error" role="alert">
        {text}
        {field && errorCode === "parameter_invalid" ? (
          <>
            {" "}
            Check <code>{field}</code>; nothing was changed.
          </>
        ) : null}
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
