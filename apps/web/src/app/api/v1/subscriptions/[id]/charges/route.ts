import { withContext } from "@/server/http/with-context";
import { handleListSubscriptionCharges } from "./handler";

export const dynamic = "force-dynamic";

export const GET = withContext(handleListSubscriptionCharges);
