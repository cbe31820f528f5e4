import { staffMutation } from "@/server/backoffice/staff-mutation";
import { cancelSubscriptionAction, cancelSubscriptionOptions } from "./handler";

export const dynamic = "force-dynamic";

// POST /dashboard/subscriptions/{id}/cancel – audited as subscription.cancel (admin and owner).
export const POST = staffMutation(cancelSubscriptionOptions, cancelSubscriptionAction);
