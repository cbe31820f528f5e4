import { withContext } from "@/server/http/with-context";
import { handleDeleteWebhookEndpoint, handleGetWebhookEndpoint } from "./handler";

export const dynamic = "force-dynamic";

export const GET = withContext(handleGetWebhookEndpoint);
export const DELETE = withContext(handleDeleteWebhookEndpoint);
