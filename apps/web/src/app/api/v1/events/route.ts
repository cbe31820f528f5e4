import { withContext } from "@/server/http/with-context";
import { handleListEvents } from "./handler";

export const dynamic = "force-dynamic";

export const GET = withContext(handleListEvents);
