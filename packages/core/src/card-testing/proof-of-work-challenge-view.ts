import { z } from "zod";

/**
 * An ALTCHA (v1) proof-of-work challenge, carried by a `challenge_required`
 * error: find `number` (0 ≤ number ≤ maxnumber) with SHA-256(salt + number)
 * = challenge, then send base64(JSON {algorithm, challenge, number, salt,
 * signature}) as the attempt's `challengeSolution`. token.js and the hosted
 * page do it on their own.
 */
export const proofOfWorkChallengeView = z
  .object({
    algorithm: z.string().describe("`SHA-256`."),
    challenge: z.string().describe("The hex SHA-256 digest to reproduce."),
    maxnumber: z.number().int().optional().describe("The largest number to try."),
    salt: z.string().describe("Prefix of the hashed text; carries the challenge's expiry (`?expires=`)."),
    signature: z.string().describe("The platform's HMAC of the challenge: send it back unchanged."),
  })
  .meta({ id: "ProofOfWorkChallenge" });
export type ProofOfWorkChallenge = z.infer<typeof proofOfWorkChallengeView>;
