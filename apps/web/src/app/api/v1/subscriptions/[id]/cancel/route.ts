import { withContext } from "@/server/http/with-context";
import { handleCancelSubscription } from "./handler";

export const dynamic = "force-dynamic";

export const POST = withContext(handleCancelSubscription);
