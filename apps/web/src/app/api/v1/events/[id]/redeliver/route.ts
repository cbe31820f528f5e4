import { withContext } from "@/server/http/with-context";
import { handleRedeliverEvent } from "./handler";

export const dynamic = "force-dynamic";

export const POST = withContext(handleRedeliverEvent);
