import { staffMutation } from "@/server/backoffice/staff-mutation";
import { resumeSubscriptionAction, resumeSubscriptionOptions } from "./handler";

export const dynamic = "force-dynamic";

// POST /dashboard/subscriptions/{id}/resume – audited as subscription.resume (admin and owner).
export const POST = staffMutation(resumeSubscriptionOptions, resumeSubscriptionAction);
