import { withContext } from "@/server/http/with-context";
import { handleGetTestClock } from "./handler";

export const dynamic = "force-dynamic";

export const GET = withContext(handleGetTestClock);
