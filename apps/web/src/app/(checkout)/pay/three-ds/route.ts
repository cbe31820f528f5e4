import { withContext } from "@/server/http/with-context";
import { handleThreeDsNotification } from "./handler";

export const dynamic = "force-dynamic";

export const POST = withContext(handleThreeDsNotification);
