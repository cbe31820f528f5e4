import { randomBytes, scrypt, timingSafeEqual, type ScryptOptions } from "node:crypto";
import { AppError } from "../errors";

export const STAFF_PASSWORD_MIN_LENGTH = 12;
export const STAFF_PASSWORD_MAX_LENGTH = 256;

/**
 * scrypt with N = 2^15, r = 8, p = 1 (32 MiB, roughly 50–100 ms): slow enough
 * to make a stolen hash expensive to guess, quick enough for a login. The
 * parameters are stored in each hash, so they can be raised later without
 * invalidating existing passwords.
 */
const PARAMS = { N: 2 ** 15, r: 8, p: 1 };
const KEY_LENGTH = 32;
const SALT_LENGTH = 16;

function derive(password: string, salt: Buffer, params: { N: number; r: number; p: number }, keyLength: number): Promise<Buffer> {
  const options: ScryptOptions = { ...params, maxmem: 256 * params.N * params.r + 1024 * 1024 };
  return new Promise((resolve, reject) => {
    // NFKC: the same password typed on another keyboard or OS must give the same bytes.
    scrypt(password.normalize("NFKC"), salt, keyLength, options, (error, key) => (error ? reject(error) : resolve(key)));
  });
}

/** Refuses a password that is too short (the only composition rule worth having) or absurdly long. */
export function assertStaffPasswordPolicy(password: string): void {
  const length = [...password].length;
  if (length < STAFF_PASSWORD_MIN_LENGTH) {
    throw new AppError("parameter_invalid", `The password must be at least ${STAFF_PASSWORD_MIN_LENGTH} characters long.`, { param: "password" });
  }
  if (length > STAFF_PASSWORD_MAX_LENGTH) {
    throw new AppError("parameter_invalid", `The password must be at most ${STAFF_PASSWORD_MAX_LENGTH} characters long.`, { param: "password" });
  }
}

/** `scrypt$N$r$p$salt$hash` (salt and hash in base64url), for a password that meets the policy. */
export async function hashStaffPassword(password: string): Promise<string> {
  assertStaffPasswordPolicy(password);
  const salt = randomBytes(SALT_LENGTH);
  const key = await derive(password, salt, PARAMS, KEY_LENGTH);
  return ["scrypt", PARAMS.N, PARAMS.r, PARAMS.p, salt.toString("base64url"), key.toString("base64url")].join("$");
}

/**
 * Whether `password` matches a stored hash, compared in constant time. A
 * malformed hash (or parameters outside sane bounds) never matches, and is not
 * an error: the caller answers "wrong email or password" either way.
 */
export async function verifyStaffPasswordHash(password: string, stored: string): Promise<boolean> {
  const parts = stored.split("$");
  if (parts.length !== 6 || parts[0] !== "scrypt") return false;
  const [N, r, p] = parts.slice(1, 4).map(Number) as [number, number, number];
  const validN = Number.isInteger(N) && N >= 2 ** 10 && N <= 2 ** 20 && (N & (N - 1)) === 0;
  if (!validN || !Number.isInteger(r) || r < 1 || r > 32 || !Number.isInteger(p) || p < 1 || p > 16) return false;
  const salt = Buffer.from(parts[4]!, "base64url");
  const expected = Buffer.from(parts[5]!, "base64url");
  if (salt.length < 8 || expected.length < 16 || expected.length > 64) return false;
  const actual = await derive(password.slice(0, STAFF_PASSWORD_MAX_LENGTH * 2), salt, { N, r, p }, expected.length);
  return timingSafeEqual(actual, expected);
}

let dummy: Promise<string> | undefined;

/**
 * Spends the time of one password check against a hash no password matches:
 * for an unknown email or a locked account, so that response times do not
 * tell an attacker which emails have accounts.
 */
export async function spendStaffPasswordCheck(password: string): Promise<void> {
  dummy ??= hashStaffPassword(randomBytes(24).toString("base64url"));
  await verifyStaffPasswordHash(password, await dummy);
}
