import { withContext } from "@/server/http/with-context";
import { handleCreateSubscription, handleListSubscriptions } from "./handler";

export const dynamic = "force-dynamic";

export const POST = withContext(handleCreateSubscription);
export const GET = withContext(handleListSubscriptions);
