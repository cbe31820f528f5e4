/** EMV 3DS 2.2 shapes shared by the simulated directory server, the ACS and the platform. */

export const THREE_DS_VERSION = "2.2.0";

/** Y authenticated, A attempted, N not authenticated, U could not be performed, R rejected, C challenge required. */
export type TransStatus = "Y" | "A" | "N" | "U" | "R" | "C";

export const challengeWindowSizes = ["01", "02", "03", "04", "05"] as const;
export type ChallengeWindowSize = (typeof challengeWindowSizes)[number];

/** The directory server's answer to the authentication request (AReq), relayed from the ACS. */
export interface ARes {
  messageType: "ARes";
  messageVersion: "2.2.0";
  threeDSServerTransID: string;
  acsTransID: string;
  dsTransID: string;
  transStatus: TransStatus;
  eci?: string;
  /** The CAVV / AAV: 20 bytes, 28 base64 characters. */
  authenticationValue?: string;
  /** Where the browser posts the CReq; only with transStatus C. */
  acsURL?: string;
  transStatusReason?: string;
}

/** What is stored on the transaction, shown in the back-office and returned to the merchant. */
export interface ThreeDsResult {
  version: "2.2.0";
  transStatus: string;
  eci?: string;
  authenticationValue?: string;
  /** Whether fraud chargebacks move to the issuer: only for Y and A. */
  liabilityShift: boolean;
  threeDSServerTransID: string;
  acsTransID: string;
  dsTransID: string;
  challenged: boolean;
  challengeCancel?: string;
  transStatusReason?: string;
}

export function hasLiabilityShift(transStatus: string): boolean {
  return transStatus === "Y" || transStatus === "A";
}

/** The result of a frictionless authentication (or a lookup error), straight from the ARes. */
export function threeDsResultFromARes(ares: ARes): ThreeDsResult {
  const result: ThreeDsResult = {
    version: THREE_DS_VERSION,
    transStatus: ares.transStatus,
    liabilityShift: hasLiabilityShift(ares.transStatus),
    threeDSServerTransID: ares.threeDSServerTransID,
    acsTransID: ares.acsTransID,
    dsTransID: ares.dsTransID,
    challenged: false,
  };
  if (ares.eci !== undefined) result.eci = ares.eci;
  if (ares.authenticationValue !== undefined) result.authenticationValue = ares.authenticationValue;
  if (ares.transStatusReason !== undefined) result.transStatusReason = ares.transStatusReason;
  return result;
}
