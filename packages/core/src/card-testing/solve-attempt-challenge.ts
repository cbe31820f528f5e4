/**
 * Browser-safe (WebCrypto only; used by token.js and the hosted page): finds
 * the number n ≤ maxnumber with SHA-256(salt + n) = challenge, as altcha's
 * solver does, and answers the base64 payload altcha-lib's verifySolution
 * takes. Hashes go to WebCrypto in batches, so the per-call latency overlaps.
 */
export interface AttemptChallenge {
  algorithm: string;
  challenge: string;
  maxnumber?: number | undefined;
  salt: string;
  signature: string;
}

const BATCH = 256;

function hex(buffer: ArrayBuffer): string {
  let out = "";
  for (const byte of new Uint8Array(buffer)) out += (byte < 16 ? "0" : "") + byte.toString(16);
  return out;
}

export async function solveAttemptChallenge(challenge: AttemptChallenge, subtle: SubtleCrypto = globalThis.crypto.subtle): Promise<string | null> {
  if (challenge.algorithm !== "SHA-256") return null;
  const max = Math.min(challenge.maxnumber ?? 1e6, 1e7);
  const encoder = new TextEncoder();
  for (let start = 0; start <= max; start += BATCH) {
    const numbers: number[] = [];
    for (let n = start; n < start + BATCH && n <= max; n++) numbers.push(n);
    const digests = await Promise.all(numbers.map((n) => subtle.digest("SHA-256", encoder.encode(challenge.salt + n))));
    const found = digests.findIndex((digest) => hex(digest) === challenge.challenge);
    if (found >= 0) {
      const payload = { algorithm: challenge.algorithm, challenge: challenge.challenge, number: numbers[found], salt: challenge.salt, signature: challenge.signature };
      return btoa(JSON.stringify(payload));
    }
  }
  return null;
}
