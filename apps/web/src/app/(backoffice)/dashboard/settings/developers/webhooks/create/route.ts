import { staffMutation } from "@/server/backoffice/staff-mutation";
import { createWebhookEndpoint, createWebhookEndpointOptions } from "./handler";

export const dynamic = "force-dynamic";

// POST /dashboard/settings/developers/webhooks/create – add a webhook endpoint (admin and owner), audited.
export const POST = staffMutation(createWebhookEndpointOptions, createWebhookEndpoint);
