import * as OTPAuth from "otpauth";
import { AppError } from "../errors";
import { isTotpSecret, staffTotp } from "./staff-totp";

export interface TotpEnrolment {
  /** Base32, for typing into an authenticator by hand. */
  secret: string;
  /** `otpauth://totp/Jeton:email?secret=…`, what the QR code holds. */
  uri: string;
}

/**
 * A new TOTP secret (160 bits, as RFC 4226 recommends) for a staff member's
 * authenticator, or the URI of one already being enrolled. Nothing is stored
 * until the user proves their app has it (confirmTotpEnrolment); meanwhile the
 * secret waits in the sealed session cookie.
 */
export function startTotpEnrolment(input: { email: string; secret?: string | undefined }): TotpEnrolment {
  const secret = input.secret ?? new OTPAuth.Secret({ size: 20 }).base32;
  if (!isTotpSecret(secret)) throw new AppError("parameter_invalid", "Not a TOTP secret.", { param: "secret" });
  return { secret, uri: staffTotp(secret, input.email).toString() };
}
