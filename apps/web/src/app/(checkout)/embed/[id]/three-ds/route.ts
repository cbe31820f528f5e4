import { withContext } from "@/server/http/with-context";
import { handleEmbedThreeDsNotification } from "../../../pay/three-ds/handler";

export const dynamic = "force-dynamic";

export const POST = withContext(handleEmbedThreeDsNotification);
