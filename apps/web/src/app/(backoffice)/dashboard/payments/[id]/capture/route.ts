import { staffMutation } from "@/server/backoffice/staff-mutation";
import { capturePayment, capturePaymentOptions } from "./handler";

export const dynamic = "force-dynamic";

// POST /dashboard/payments/{id}/capture – capture a manual authorization (admin and owner).
export const POST = staffMutation(capturePaymentOptions, capturePayment);
