import { staffMutation } from "@/server/backoffice/staff-mutation";
import { switchMode, switchModeOptions } from "./handler";

export const dynamic = "force-dynamic";

// POST /dashboard/mode – switch the back-office between test and live data (every role may look at either).
export const POST = staffMutation(switchModeOptions, switchMode);
