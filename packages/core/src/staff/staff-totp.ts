import { createHash, createHmac, randomInt } from "node:crypto";
import * as OTPAuth from "otpauth";
import type { Vault } from "../vault/create-vault";

/**
 * TOTP as authenticator apps implement it (RFC 6238: SHA-1, 6 digits, 30 s).
 * Shared by enrolment and sign-in so both agree on every parameter.
 */
export const TOTP_PERIOD_SECONDS = 30;
export const TOTP_ISSUER = "Jeton";

export function staffTotp(secretBase32: string, email = "staff"): OTPAuth.TOTP {
  return new OTPAuth.TOTP({
    issuer: TOTP_ISSUER,
    label: email,
    algorithm: "SHA1",
    digits: 6,
    period: TOTP_PERIOD_SECONDS,
    secret: OTPAuth.Secret.fromBase32(secretBase32),
  });
}

/**
 * The time step a 6-digit code belongs to, when it is the current one or one
 * step either side (clocks drift, people type slowly); null otherwise.
 */
export function matchTotpCounter(secretBase32: string, code: string, now: Date): number | null {
  if (!/^\d{6}$/.test(code)) return null;
  const totp = staffTotp(secretBase32);
  const delta = totp.validate({ token: code, timestamp: now.getTime(), window: 1 });
  if (delta === null) return null;
  return totp.counter({ timestamp: now.getTime() }) + delta;
}

/** A base32 TOTP secret: letters A–Z and digits 2–7, at least 128 bits (26 characters). */
export function isTotpSecret(value: string): boolean {
  return /^[A-Z2-7]{26,128}$/.test(value);
}

export const RECOVERY_CODE_COUNT = 10;
// No 0/o, 1/l/i: codes are read off paper and typed by hand.
const RECOVERY_ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789";

/** `xxxxx-xxxxx`: 10 random characters (about 49 bits), single use, backed by the lockout. */
export function generateRecoveryCode(): string {
  let code = "";
  for (let i = 0; i < 10; i += 1) code += RECOVERY_ALPHABET[randomInt(RECOVERY_ALPHABET.length)];
  return `${code.slice(0, 5)}-${code.slice(5)}`;
}

/**
 * What was stored for a recovery code before keyed hashes: the SHA-256 of its
 * normalised form (case, spaces and dashes do not matter). Null for anything
 * that is not shaped like a code.
 */
export function legacyRecoveryCodeHash(code: string): string | null {
  const normalised = code.toLowerCase().replace(/[\s-]/g, "");
  if (!/^[a-z0-9]{10}$/.test(normalised)) return null;
  return createHash("sha256").update(normalised).digest("hex");
}

/**
 * The keyed form of a legacy hash: `h1:` + HMAC-SHA-256 under a server key.
 * Being a function of the legacy hash, it can replace one in place
 * (upgradeRecoveryCodeHashes) without knowing the code.
 */
export function keyRecoveryCodeHash(vault: Vault, legacyHash: string): string {
  return `h1:${createHmac("sha256", vault.derivedKey("recovery-code")).update(legacyHash).digest("base64url")}`;
}

/** What is stored for a recovery code: a keyed hash, useless without the server key to check guesses against. */
export function hashRecoveryCode(vault: Vault, code: string): string | null {
  const legacy = legacyRecoveryCodeHash(code);
  return legacy === null ? null : keyRecoveryCodeHash(vault, legacy);
}
