import { withContext } from "@/server/http/with-context";
import { handleGetSubscription, handleUpdateSubscription } from "./handler";

export const dynamic = "force-dynamic";

export const GET = withContext(handleGetSubscription);
export const POST = withContext(handleUpdateSubscription);
