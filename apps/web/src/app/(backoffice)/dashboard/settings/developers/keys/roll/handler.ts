import { rollSecretKey as rollMerchantSecretKey } from "@jeton/core";
import type { StaffMutationInput, StaffMutationOptions, StaffMutationOutcome } from "@/server/backoffice/staff-mutation";

type Params = Record<string, never>;
export const rollSecretKeyOptions: StaffMutationOptions<Params> = { action: "api_key.roll", role: "admin" };

/**
 * POST /dashboard/settings/developers/keys/roll – a new secret key for the
 * session's mode; the old one stops working at once. The key travels only in
 * the JSON answer to the page's own fetch, shown once: never in the redirect,
 * the audit entry or the logs.
 */
export async function rollSecretKey({ context, staff }: StaffMutationInput<Params>): Promise<StaffMutationOutcome> {
  const rolled = await rollMerchantSecretKey(context, { merchantId: staff.merchantId, mode: staff.mode });
  return {
    redirect: "/dashboard/settings/developers",
    notice: "secret_key_rolled",
    target: { type: "api_key", id: rolled.keyId },
    details: { mode: staff.mode, revoked: rolled.revoked },
    json: { keyId: rolled.keyId, mode: staff.mode, secretKey: rolled.secretKey, redacted: rolled.redacted },
  };
}
