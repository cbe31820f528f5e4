import { withContext } from "@/server/http/with-context";
import { handleReorderRiskRules } from "./handler";

export const dynamic = "force-dynamic";

export const POST = withContext(handleReorderRiskRules);
