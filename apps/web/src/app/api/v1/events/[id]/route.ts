import { withContext } from "@/server/http/with-context";
import { handleGetEvent } from "./handler";

export const dynamic = "force-dynamic";

export const GET = withContext(handleGetEvent);
