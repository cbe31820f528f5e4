import { staffMutation } from "@/server/backoffice/staff-mutation";
import { decidePaymentReview, decidePaymentReviewOptions } from "./handler";

export const dynamic = "force-dynamic";

// POST /dashboard/payments/{id}/review – approve or reject a payment held for risk review (admin and owner).
export const POST = staffMutation(decidePaymentReviewOptions, decidePaymentReview);
