import { staffMutation } from "@/server/backoffice/staff-mutation";
import { saveRiskThresholds, saveRiskThresholdsOptions } from "./handler";

export const dynamic = "force-dynamic";

// POST /dashboard/risk/thresholds – the merchant's risk score thresholds (admin and owner), audited.
export const POST = staffMutation(saveRiskThresholdsOptions, saveRiskThresholds);
