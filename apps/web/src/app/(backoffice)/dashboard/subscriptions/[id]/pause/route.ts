import { staffMutation } from "@/server/backoffice/staff-mutation";
import { pauseSubscriptionAction, pauseSubscriptionOptions } from "./handler";

export const dynamic = "force-dynamic";

// POST /dashboard/subscriptions/{id}/pause – audited as subscription.pause (admin and owner).
export const POST = staffMutation(pauseSubscriptionOptions, pauseSubscriptionAction);
