import { withContext } from "@/server/http/with-context";
import { handleListEventDeliveries } from "./handler";

export const dynamic = "force-dynamic";

export const GET = withContext(handleListEventDeliveries);
