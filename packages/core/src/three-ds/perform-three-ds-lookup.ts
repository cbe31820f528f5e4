import { randomUUID } from "node:crypto";
import { computeAuthenticationValue } from "./compute-authentication-value";
import { eciFor } from "./eci-for";
import { type ARes, THREE_DS_VERSION, type TransStatus } from "./three-ds-result";

export type { ARes } from "./three-ds-result";

export interface ThreeDsPolicy {
  threeDsPolicy: "issuer" | "always" | "above_amount";
  threshold: number | null;
  thresholdCurrency: string | null;
}

/** What the simulated issuers answer (SPEC §5); any other card authenticates frictionlessly. */
const issuerAnswers: Record<string, TransStatus> = {
  "4000000000003220": "C",
  "4000008400001629": "C",
  "4000000032200000": "Y",
  "4000008400001280": "U",
};

function policyForcesChallenge(policy: ThreeDsPolicy, amount: number, currency: string): boolean {
  if (policy.threeDsPolicy === "always") return true;
  if (policy.threeDsPolicy !== "above_amount") return false;
  return policy.threshold !== null && policy.thresholdCurrency === currency && amount >= policy.threshold;
}

/**
 * The AReq/ARes exchange with the simulated directory server and ACS, with no
 * storage: a challenge (C) only becomes a session when the caller starts it.
 *
 * U (the lookup failed) carries the non-authenticated ECI (07 / 00) and no
 * authentication value: the payment may still be authorized, without
 * liability shift. A merchant policy that demands a challenge cannot turn a U
 * into a C: there is no ACS to challenge with.
 */
export function performThreeDsLookup(input: {
  pan: string;
  brand: string;
  amount: number;
  currency: string;
  policy: ThreeDsPolicy;
  acsUrl: string;
}): ARes {
  let transStatus: TransStatus = issuerAnswers[input.pan] ?? "Y";
  if (transStatus === "Y" && policyForcesChallenge(input.policy, input.amount, input.currency)) transStatus = "C";

  const ares: ARes = {
    messageType: "ARes",
    messageVersion: THREE_DS_VERSION,
    threeDSServerTransID: randomUUID(),
    acsTransID: randomUUID(),
    dsTransID: randomUUID(),
    transStatus,
  };
  if (transStatus === "C") {
    ares.acsURL = input.acsUrl;
    return ares;
  }
  ares.eci = eciFor(input.brand, transStatus);
  if (transStatus === "Y" || transStatus === "A") {
    ares.authenticationValue = computeAuthenticationValue({ ...ares, transStatus });
  } else {
    // 14: the ACS did not answer the directory server in time.
    ares.transStatusReason = "14";
  }
  return ares;
}
