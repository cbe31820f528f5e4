import { unblacklistCard } from "@jeton/core";
import type { StaffMutationInput, StaffMutationOptions, StaffMutationOutcome } from "@/server/backoffice/staff-mutation";
import { parseBody } from "@/server/http/parse-body";
import { formObject } from "@/server/backoffice/form-object";
import { unblacklistCardFields } from "./schema";

export const unblacklistPaymentCardOptions: StaffMutationOptions<Record<string, never>> = {
  action: "card.unblacklist",
  role: "admin",
};

/** POST /dashboard/payments/blacklist/remove – take a card (`card`: its `bl_…` id) off the merchant's blacklist. */
export async function unblacklistPaymentCard({ context, staff, fields }: StaffMutationInput<Record<string, never>>): Promise<StaffMutationOutcome> {
  const { card: cardId } = parseBody(unblacklistCardFields, formObject(fields));
  const card = await unblacklistCard(context, { merchantId: staff.merchantId, cardId });
  return {
    redirect: "/dashboard/payments/blacklist",
    notice: "unblacklisted",
    target: { type: "card", id: card.masked },
    details: { card: card.masked, brand: card.brand, sourceTransactionId: card.sourceTransactionId },
    json: { card },
  };
}
