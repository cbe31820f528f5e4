import { staffMutation } from "@/server/backoffice/staff-mutation";
import { updateRule, updateRuleOptions } from "./handler";

export const dynamic = "force-dynamic";

// POST /dashboard/risk/rules/{id} – edit, enable or disable a risk rule (admin and owner).
export const POST = staffMutation(updateRuleOptions, updateRule);
