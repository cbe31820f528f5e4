import { staffMutation } from "@/server/backoffice/staff-mutation";
import { unblacklistPaymentCard, unblacklistPaymentCardOptions } from "./handler";

export const dynamic = "force-dynamic";

// POST /dashboard/payments/blacklist/remove – take a card off the blacklist (admin and owner).
export const POST = staffMutation(unblacklistPaymentCardOptions, unblacklistPaymentCard);
