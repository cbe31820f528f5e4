import { withContext } from "@/server/http/with-context";
import { handleCancelAttempt } from "./handler";

export const dynamic = "force-dynamic";

export const POST = withContext(handleCancelAttempt);
