import { staffMutation } from "@/server/backoffice/staff-mutation";
import { createPaymentLink, createPaymentLinkOptions } from "./handler";

export const dynamic = "force-dynamic";

// POST /dashboard/links/create – create a payment link (admin and owner), audited.
export const POST = staffMutation(createPaymentLinkOptions, createPaymentLink);
