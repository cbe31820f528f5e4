import { staffMutation } from "@/server/backoffice/staff-mutation";
import { cancelInstallmentPlanAction, cancelInstallmentPlanOptions } from "./handler";

export const dynamic = "force-dynamic";

// POST /dashboard/installment-plans/{id}/cancel – audited as installment_plan.cancel (admin and owner).
export const POST = staffMutation(cancelInstallmentPlanOptions, cancelInstallmentPlanAction);
