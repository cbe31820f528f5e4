/** What the sign-in pages say about `?error=` (something went wrong: an alert) and `?reason=` (why you are here: a status). */
const errors: Record<string, string> = {
  invalid_credentials: "The email or password is not right, or sign-in is paused after too many failed attempts: try again in 15 minutes.",
  rate_limited: "Too many sign-in attempts from this network. Wait a few minutes and try again.",
  account_locked: "This account is locked after too many failed attempts. Try again in 15 minutes, or ask an owner to unlock it.",
  invalid_totp_code: "That code is not right, or it was already used. Enter the current 6-digit code from your authenticator app, or one of your unused recovery codes.",
  origin_not_allowed: "Sign in from this page itself, not from another site.",
  csrf_token_invalid: "This form was out of date. Try again.",
  parameter_invalid: "The form could not be read. Try again.",
  body_too_large: "The form could not be read. Try again.",
  unsupported_media_type: "The form could not be read. Try again.",
};

/** For `?error=parameter_invalid&param=…`: the field the step's schema.ts refused. */
const fields: Record<string, string> = {
  email: "Type the email address of your account (at most 254 characters).",
  password: "Type your password.",
  code: "Type the 6-digit code from your authenticator app, or one of your recovery codes.",
};

const reasons: Record<string, string> = {
  expired: "Your session has ended (it was idle for too long, or was signed out elsewhere). Sign in again.",
  session: "Sign in to continue.",
  signed_out: "You have been signed out.",
  role_changed: "Your role was changed. Sign in again to continue with it.",
  enrolled: "Two-factor authentication is already set up for this account. Sign in with a code from your app.",
};

export function SignInMessage({ error, reason, param }: { error?: string | string[] | undefined; reason?: string | string[] | undefined; param?: string | string[] | undefined }) {
  if (typeof error === "string") {
    const field = error === "parameter_invalid" && typeof param === "string" && Object.hasOwn(fields, param) ? fields[param] : undefined;
    return (
      <div className="bo-error" role="alert" id="sign-in-error">
        {field ?? (Object.hasOwn(errors, error) ? errors[error] : "That did not work. Try again.")}
      </div>
    );
  }
  if (typeof reason === "string" && Object.hasOwn(reasons, reason)) {
    return (
      <div className="bo-notice" role="status">
        {reasons[reason]}
      </div>
    );
  }
  return null;
}
