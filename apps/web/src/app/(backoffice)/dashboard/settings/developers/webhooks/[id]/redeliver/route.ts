import { staffMutation } from "@/server/backoffice/staff-mutation";
import { redeliverWebhookEvent, redeliverWebhookEventOptions } from "./handler";

export const dynamic = "force-dynamic";

// POST /dashboard/settings/developers/webhooks/{id}/redeliver – send an event again (admin and owner), audited.
export const POST = staffMutation(redeliverWebhookEventOptions, redeliverWebhookEvent);
