import { withContext } from "@/server/http/with-context";
import { handleAdvanceTestClock } from "./handler";

export const dynamic = "force-dynamic";

export const POST = withContext(handleAdvanceTestClock);
