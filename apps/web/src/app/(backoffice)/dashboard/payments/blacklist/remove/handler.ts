import { AppError, unblacklistCard } from "@jeton/core";
import type { StaffMutationInput, StaffMutationOptions, StaffMutationOutcome } from "@/server/backoffice/staff-mutation";

export const unblacklistPaymentCardOptions: StaffMutationOptions<Record<string, never>> = {
  action: "card.unblacklist",
  role: "admin",
};

/** POST /dashboard/payments/blacklist/remove – take a card (`card`: its `bl_…` id) off the merchant's blacklist. */
export async function unblacklistPaymentCard({ context, staff, fields }: StaffMutationInput<Record<string, never>>): Promise<StaffMutationOutcome> {
  const cardId = fields.get("card");
  if (!cardId) throw new AppError("parameter_invalid", "Which card?", { param: "card" });
  const card = await unblacklistCard(context, { merchantId: staff.merchantId, cardId });
  return {
    redirect: "/dashboard/payments/blacklist",
    notice: "unblacklisted",
    target: { type: "card", id: card.masked },
    details: { card: card.masked, brand: card.brand, sourceTransactionId: card.sourceTransactionId },
    json: { card },
  };
}
