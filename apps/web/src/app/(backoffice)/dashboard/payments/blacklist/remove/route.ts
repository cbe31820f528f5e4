import { staffMutation } from "@/server/backoffice/staff-mutation";
import { unblacklistPaymentCard, unblacklistPaymentCardOptions } from "./unblacklist-payment-card";

export const dynamic = "force-dynamic";

// POST /dashboard/payments/blacklist/remove – take a card off the blacklist (admin and owner).
export const POST = staffMutation(unblacklistPaymentCardOptions, unblacklistPaymentCard);
