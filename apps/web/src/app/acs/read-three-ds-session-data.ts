import { AppError } from "@jeton/core";

/**
 * EMV's optional `threeDSSessionData`: opaque to the ACS, posted back with the
 * CRes untouched. Only its documented shape (base64url, at most 1024
 * characters) is let through, since it is echoed into the page.
 */
export function readThreeDsSessionData(form: URLSearchParams): string | undefined {
  const value = form.get("threeDSSessionData");
  if (value === null || value === "") return undefined;
  if (value.length > 1024 || !/^[A-Za-z0-9_-]+={0,2}$/.test(value)) {
    throw new AppError("parameter_invalid", "threeDSSessionData must be base64url, at most 1024 characters.", { param: "threeDSSessionData" });
  }
  return value;
}
