import { blacklistCard } from "@jeton/core";
import type { StaffMutationInput, StaffMutationOptions, StaffMutationOutcome } from "@/server/backoffice/staff-mutation";
import { parseBody } from "@/server/http/parse-body";
import { formObject } from "@/server/backoffice/form-object";
import { blacklistCardFields } from "./schema";

type Params = { id: string };

export const blacklistPaymentCardOptions: StaffMutationOptions<Params> = {
  action: "card.blacklist",
  role: "admin",
  target: (params) => ({ type: "transaction", id: params.id }),
};

/**
 * POST /dashboard/payments/{id}/blacklist – put this payment's card on the
 * merchant's blacklist (`reason` optional): its next payments are `blocked`
 * before 3-D Secure and authorization. Adding a card twice changes nothing.
 */
export async function blacklistPaymentCard({ context, staff, params, fields }: StaffMutationInput<Params>): Promise<StaffMutationOutcome> {
  const { reason } = parseBody(blacklistCardFields, formObject(fields));
  const { card, created } = await blacklistCard(context, {
    merchantId: staff.merchantId,
    mode: staff.mode,
    transactionId: params.id,
    reason,
    userId: staff.userId,
  });
  return {
    redirect: `/dashboard/payments/${params.id}`,
    notice: created ? "blacklisted" : "already_blacklisted",
    target: { type: "transaction", id: params.id },
    // The masked card and the reason: never the fingerprint's source, never more than BIN and last 4.
    details: { card: card.masked, brand: card.brand, reason: card.reason, created },
    json: { card, created },
  };
}
