import { withContext } from "@/server/http/with-context";
import { handleCreateWebhookEndpoint, handleListWebhookEndpoints } from "./handler";

export const dynamic = "force-dynamic";

export const POST = withContext(handleCreateWebhookEndpoint);
export const GET = withContext(handleListWebhookEndpoints);
