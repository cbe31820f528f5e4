import { withContext } from "@/server/http/with-context";
import { handleResumeSubscription } from "./handler";

export const dynamic = "force-dynamic";

export const POST = withContext(handleResumeSubscription);
