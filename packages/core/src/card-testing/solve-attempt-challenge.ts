/**
 * Browser-safe (WebCrypto only; used by token.js, its Fields frame and the
 * hosted page, so it is kept small): finds n ≤ maxnumber with
 * SHA-256(salt + n) = challenge, as altcha's solver does, and answers the
 * base64 payload altcha-lib's verifySolution takes.
 */
export interface AttemptChallenge {
  algorithm: string;
  challenge: string;
  maxnumber?: number | undefined;
  salt: string;
  signature: string;
}

export async function solveAttemptChallenge(c: AttemptChallenge): Promise<string | null> {
  const encoder = new TextEncoder();
  for (let n = 0; n <= Math.min(c.maxnumber ?? 1e6, 1e7); n++) {
    let hex = "";
    for (const byte of new Uint8Array(await crypto.subtle.digest("SHA-256", encoder.encode(c.salt + n)))) hex += (byte < 16 ? "0" : "") + byte.toString(16);
    if (hex === c.challenge) return btoa(JSON.stringify({ algorithm: c.algorithm, challenge: c.challenge, number: n, salt: c.salt, signature: c.signature }));
  }
  return null;
}
