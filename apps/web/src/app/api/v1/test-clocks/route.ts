import { withContext } from "@/server/http/with-context";
import { handleCreateTestClock } from "./handler";

export const dynamic = "force-dynamic";

export const POST = withContext(handleCreateTestClock);
