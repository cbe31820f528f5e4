import { withContext } from "@/server/http/with-context";
import { handleFieldPage } from "./handler";

export const dynamic = "force-dynamic";

export const GET = withContext(handleFieldPage);
