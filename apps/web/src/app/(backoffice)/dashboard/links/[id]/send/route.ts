import { staffMutation } from "@/server/backoffice/staff-mutation";
import { sendPaymentLink, sendPaymentLinkOptions } from "./handler";

export const dynamic = "force-dynamic";

// POST /dashboard/links/{id}/send – send an open payment link by email and/or SMS (admin and owner), audited.
export const POST = staffMutation(sendPaymentLinkOptions, sendPaymentLink);
