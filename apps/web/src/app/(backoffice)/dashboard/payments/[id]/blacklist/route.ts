import { staffMutation } from "@/server/backoffice/staff-mutation";
import { blacklistPaymentCard, blacklistPaymentCardOptions } from "./handler";

export const dynamic = "force-dynamic";

// POST /dashboard/payments/{id}/blacklist – add the payment's card to the blacklist (admin and owner).
export const POST = staffMutation(blacklistPaymentCardOptions, blacklistPaymentCard);
