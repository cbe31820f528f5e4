import { withContext } from "@/server/http/with-context";
import { handlePauseSubscription } from "./handler";

export const dynamic = "force-dynamic";

export const POST = withContext(handlePauseSubscription);
