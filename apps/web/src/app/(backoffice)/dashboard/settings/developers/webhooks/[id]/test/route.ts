import { staffMutation } from "@/server/backoffice/staff-mutation";
import { sendTestWebhook, sendTestWebhookOptions } from "./handler";

export const dynamic = "force-dynamic";

// POST /dashboard/settings/developers/webhooks/{id}/test – send a test event to one endpoint (admin and owner), audited.
export const POST = staffMutation(sendTestWebhookOptions, sendTestWebhook);
