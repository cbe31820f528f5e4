import { staffMutation } from "@/server/backoffice/staff-mutation";
import { cancelPayment, cancelPaymentOptions } from "./handler";

export const dynamic = "force-dynamic";

// POST /dashboard/payments/{id}/cancel – void a payment not yet settled (admin and owner).
export const POST = staffMutation(cancelPaymentOptions, cancelPayment);
