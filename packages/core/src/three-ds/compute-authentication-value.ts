import { createHash } from "node:crypto";

/**
 * The simulated ACS's cryptogram (CAVV/AAV): 20 bytes, 28 base64 characters,
 * like the real one. A real ACS computes it with the issuer's keys; the
 * simulator derives it from the transaction ids so that every read of an
 * outcome gives the same value without storing it.
 */
export function computeAuthenticationValue(ids: { threeDSServerTransID: string; acsTransID: string; dsTransID: string; transStatus: string }): string {
  return createHash("sha256")
    .update(`jeton-simulated-acs|${ids.threeDSServerTransID}|${ids.acsTransID}|${ids.dsTransID}|${ids.transStatus}`)
    .digest()
    .subarray(0, 20)
    .toString("base64");
}
