import { createHmac } from "node:crypto";
import { createChallenge, extractParams, verifySolution } from "altcha-lib/v1";
import type { Clock } from "../clock/clock";
import type { ProofOfWorkChallenge } from "./proof-of-work-challenge-view";
import type { Vault } from "../vault/create-vault";

/** A challenge is solved within seconds; five minutes covers a slow phone and a shopper still typing. */
export const CHALLENGE_TTL_SECONDS = 5 * 60;
const MAX_SOLUTION_LENGTH = 2048;

/** What identifies an attempt for its retry: the keyed digest of what it counts against (address, card, key or payment request). */
export function attemptDigest(vault: Vault, parts: readonly string[]): string {
  return createHmac("sha256", vault.derivedKey("card-testing-attempt")).update(parts.join("\n")).digest("base64url").slice(0, 22);
}

function hmacKey(vault: Vault): string {
  // Derived from the platform's fingerprint key: no new secret to configure, and every instance agrees.
  return vault.derivedKey("card-testing-challenge").toString("hex");
}

/**
 * A new ALTCHA challenge, signed with the platform's key, valid CHALLENGE_TTL_SECONDS.
 * `attempt`: the digest of the refused attempt it answers (attemptDigest), carried in
 * the signed salt, so that the same attempt sent again with its solution is not counted twice.
 */
export async function createAttemptChallenge(
  { vault, clock }: { vault: Vault; clock: Clock },
  { maxNumber, attempt }: { maxNumber: number; attempt?: string | undefined },
): Promise<ProofOfWorkChallenge> {
  const expires = new Date(clock.now().getTime() + CHALLENGE_TTL_SECONDS * 1000);
  const challenge = await createChallenge({ hmacKey: hmacKey(vault), maxnumber: maxNumber, expires, algorithm: "SHA-256", ...(attempt ? { params: { a: attempt } } : {}) });
  return { algorithm: challenge.algorithm, challenge: challenge.challenge, maxnumber: challenge.maxnumber, salt: challenge.salt, signature: challenge.signature };
}

/**
 * Checks a solution (the base64 ALTCHA payload) with altcha-lib: our signature,
 * SHA-256, the number found, and not expired by the platform's clock. Answers
 * the signature and expiry to spend it by, or null. Whether it was already
 * used is the database's question (spent_challenge_solutions).
 */
export async function verifyAttemptSolution(
  { vault, clock }: { vault: Vault; clock: Clock },
  solution: string | null | undefined,
): Promise<{ signature: string; expiresAt: Date; attempt: string | null } | null> {
  if (!solution || solution.length > MAX_SOLUTION_LENGTH) return null;
  let payload: { algorithm?: unknown; signature?: unknown; salt?: unknown; challenge?: unknown; number?: unknown };
  try {
    payload = JSON.parse(Buffer.from(solution, "base64").toString("utf8"));
  } catch {
    return null;
  }
  if (!payload || typeof payload !== "object" || payload.algorithm !== "SHA-256" || typeof payload.signature !== "string" || typeof payload.salt !== "string") return null;
  if (typeof payload.challenge !== "string" || typeof payload.number !== "number" || !Number.isSafeInteger(payload.number)) return null;
  const params = extractParams(payload as never);
  const expires = Number(params.expires);
  if (!Number.isFinite(expires) || expires * 1000 <= clock.now().getTime()) return null;
  // The expiry was checked against the platform's clock above; altcha-lib checks the rest.
  if (!(await verifySolution(payload as never, hmacKey(vault), false))) return null;
  return { signature: payload.signature, expiresAt: new Date(expires * 1000), attempt: typeof params.a === "string" ? params.a : null };
}
