import { randomBytes, timingSafeEqual } from "node:crypto";
import type { PlatformConfig } from "@jeton/config";
import type { Mode } from "@jeton/core";
import { sealData, unsealData } from "iron-session";

export const STAFF_COOKIE = "jeton_staff";

/** A session may be refreshed by activity, but never outlives this, whatever the idle timeout. */
const ABSOLUTE_LIFETIME_SECONDS = 12 * 60 * 60;

export interface StaffSessionData {
  userId: string;
  /** Must equal the user's `sessionVersion`: bumping it (role change, removal, password reset) ends every session. */
  sessionVersion: number;
  /**
   * `password`: the password was right and a TOTP or recovery code is owed;
   * `enroll`: first sign-in, TOTP being set up (the secret is in `pendingTotpSecret`);
   * `active`: signed in.
   */
  stage: "password" | "enroll" | "active";
  /** Test or live data: the back-office's switch. */
  mode: Mode;
  /** Sent back with every mutation (hidden field or `x-csrf-token`). */
  csrf: string;
  /** When the session was created (ms since epoch); bounds its absolute lifetime. */
  issuedAt: number;
  /** Last request (ms since epoch), for the idle timeout. */
  seenAt: number;
  /** During enrolment only: the TOTP secret (base32) shown as a QR code, until the user confirms a code. */
  pendingTotpSecret?: string;
  /**
   * Right after enrolment only: the new recovery codes, shown once on
   * /login/recovery-codes (the stage is still `enroll`) until the user
   * continues, which drops them and activates the session.
   */
  recoveryCodes?: string[];
}

export function newStaffSession(
  fields: Pick<StaffSessionData, "userId" | "sessionVersion" | "stage"> & Partial<Pick<StaffSessionData, "mode" | "pendingTotpSecret" | "recoveryCodes">>,
  now: Date,
): StaffSessionData {
  return {
    mode: "test",
    ...fields,
    csrf: randomBytes(24).toString("base64url"),
    issuedAt: now.getTime(),
    seenAt: now.getTime(),
  };
}

export async function sealStaffSession(config: PlatformConfig, data: StaffSessionData): Promise<string> {
  return sealData(data, { password: config.staffSession.secret, ttl: ABSOLUTE_LIFETIME_SECONDS });
}

/**
 * The session in a cookie value, or null when it is missing, forged, older than
 * its absolute lifetime or idle for longer than the configured timeout.
 */
export async function unsealStaffSession(
  config: PlatformConfig,
  sealed: string | undefined | null,
  now: Date,
): Promise<StaffSessionData | null> {
  if (!sealed) return null;
  let data: Partial<StaffSessionData>;
  try {
    data = await unsealData<StaffSessionData>(sealed, { password: config.staffSession.secret, ttl: ABSOLUTE_LIFETIME_SECONDS });
  } catch {
    return null;
  }
  if (typeof data.userId !== "string" || typeof data.seenAt !== "number" || typeof data.issuedAt !== "number") return null;
  if (now.getTime() - data.seenAt > config.staffSession.idleMinutes * 60_000) return null;
  if (now.getTime() - data.issuedAt > ABSOLUTE_LIFETIME_SECONDS * 1000) return null;
  return data as StaffSessionData;
}

/**
 * The cookie's attributes: HttpOnly (no script reads it), SameSite=Lax (no
 * cross-site POST carries it), Secure in production, and no Max-Age, so that it
 * also ends with the browser.
 */
export function staffCookieAttributes(config: PlatformConfig) {
  return { httpOnly: true, sameSite: "lax" as const, secure: config.staffSession.secureCookie, path: "/" };
}

/** A Set-Cookie header value, for route handlers that build their own Response. */
export function staffSetCookie(config: PlatformConfig, sealed: string | null): string {
  const attributes = staffCookieAttributes(config);
  const parts = [`${STAFF_COOKIE}=${sealed ?? ""}`, `Path=${attributes.path}`, "HttpOnly", "SameSite=Lax"];
  if (attributes.secure) parts.push("Secure");
  if (sealed === null) parts.push("Max-Age=0");
  return parts.join("; ");
}

/** The cookie's value in a Cookie request header. */
export function readStaffCookie(cookieHeader: string | null): string | null {
  if (!cookieHeader) return null;
  for (const part of cookieHeader.split(";")) {
    const [name, ...rest] = part.trim().split("=");
    if (name === STAFF_COOKIE) return rest.join("=");
  }
  return null;
}

/**
 * Whether a posted CSRF token is the session's, compared in constant time (a
 * byte-by-byte `!==` would tell an attacker how much of a guess was right).
 * The tokens' length is not secret: a token of another length is refused at once.
 */
export function csrfTokenMatches(given: string | null | undefined, expected: string): boolean {
  if (typeof given !== "string") return false;
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}
