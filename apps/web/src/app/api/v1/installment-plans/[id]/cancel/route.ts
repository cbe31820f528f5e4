import { withContext } from "@/server/http/with-context";
import { handleCancelInstallmentPlan } from "./handler";

export const dynamic = "force-dynamic";

export const POST = withContext(handleCancelInstallmentPlan);
