import { AppError } from "@jeton/core";
import { staffMutation } from "@/server/backoffice/staff-mutation";

export const dynamic = "force-dynamic";

// POST /dashboard/mode – switch the back-office between test and live data (every role may look at either).
export const POST = staffMutation({ action: "session.mode_switch", role: "viewer" }, async ({ staff, fields }) => {
  const mode = fields.get("mode");
  if (mode !== "test" && mode !== "live") throw new AppError("parameter_invalid", "mode must be test or live.", { param: "mode" });
  return {
    redirect: "/dashboard",
    notice: "mode_switched",
    details: { from: staff.mode, to: mode },
    session: { ...staff.session, mode },
  };
});
