import { withContext } from "@/server/http/with-context";
import { handleDeleteRiskRule, handleGetRiskRule, handleUpdateRiskRule } from "./handler";

export const dynamic = "force-dynamic";

export const GET = withContext(handleGetRiskRule);
export const POST = withContext(handleUpdateRiskRule);
export const DELETE = withContext(handleDeleteRiskRule);
