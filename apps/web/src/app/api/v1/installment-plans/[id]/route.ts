import { withContext } from "@/server/http/with-context";
import { handleGetInstallmentPlan } from "./handler";

export const dynamic = "force-dynamic";

export const GET = withContext(handleGetInstallmentPlan);
