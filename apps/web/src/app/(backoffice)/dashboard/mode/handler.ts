import { AppError } from "@jeton/core";
import type { StaffMutationInput, StaffMutationOptions, StaffMutationOutcome } from "@/server/backoffice/staff-mutation";

type Params = Record<string, never>;
export const switchModeOptions: StaffMutationOptions<Params> = { action: "session.mode_switch", role: "viewer" };

/** POST /dashboard/mode – switch the back-office between test and live data (every role may look at either). */
export async function switchMode({ staff, fields }: StaffMutationInput<Params>): Promise<StaffMutationOutcome> {
  const mode = fields.get("mode");
  if (mode !== "test" && mode !== "live") throw new AppError("parameter_invalid", "mode must be test or live.", { param: "mode" });
  return {
    redirect: "/dashboard",
    notice: "mode_switched",
    details: { from: staff.mode, to: mode },
    session: { ...staff.session, mode },
  };
}
