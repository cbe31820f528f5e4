import type { StaffMutationInput, StaffMutationOptions, StaffMutationOutcome } from "@/server/backoffice/staff-mutation";
import { parseBody } from "@/server/http/parse-body";
import { formObject } from "@/server/backoffice/form-object";
import { switchModeFields } from "./schema";

type Params = Record<string, never>;
export const switchModeOptions: StaffMutationOptions<Params> = { action: "session.mode_switch", role: "viewer" };

/** POST /dashboard/mode – switch the back-office between test and live data (every role may look at either). */
export async function switchMode({ staff, fields }: StaffMutationInput<Params>): Promise<StaffMutationOutcome> {
  const { mode } = parseBody(switchModeFields, formObject(fields));
  return {
    redirect: "/dashboard",
    notice: "mode_switched",
    details: { from: staff.mode, to: mode },
    session: { ...staff.session, mode },
  };
}
