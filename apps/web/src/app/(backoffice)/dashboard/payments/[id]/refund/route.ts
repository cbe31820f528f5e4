import { staffMutation } from "@/server/backoffice/staff-mutation";
import { refundPayment, refundPaymentOptions } from "./handler";

export const dynamic = "force-dynamic";

// POST /dashboard/payments/{id}/refund – refund a settled payment, in part or in full (admin and owner).
export const POST = staffMutation(refundPaymentOptions, refundPayment);
