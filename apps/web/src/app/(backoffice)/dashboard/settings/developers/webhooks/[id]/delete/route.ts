import { staffMutation } from "@/server/backoffice/staff-mutation";
import { deleteWebhookEndpoint, deleteWebhookEndpointOptions } from "./handler";

export const dynamic = "force-dynamic";

// POST /dashboard/settings/developers/webhooks/{id}/delete – delete a webhook endpoint (admin and owner), audited.
export const POST = staffMutation(deleteWebhookEndpointOptions, deleteWebhookEndpoint);
