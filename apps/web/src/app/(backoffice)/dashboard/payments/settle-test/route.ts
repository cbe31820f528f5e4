import { staffMutation } from "@/server/backoffice/staff-mutation";
import { settleTestPayments, settleTestPaymentsOptions } from "./handler";

export const dynamic = "force-dynamic";

// POST /dashboard/payments/settle-test – settle the merchant's captured test payments now (admin and owner, test mode).
export const POST = staffMutation(settleTestPaymentsOptions, settleTestPayments);
