import { withContext } from "@/server/http/with-context";
import { handleCreateRiskRule, handleListRiskRules } from "./handler";

export const dynamic = "force-dynamic";

export const GET = withContext(handleListRiskRules);
export const POST = withContext(handleCreateRiskRule);
