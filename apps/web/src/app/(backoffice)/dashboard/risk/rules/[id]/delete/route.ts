import { staffMutation } from "@/server/backoffice/staff-mutation";
import { deleteRule, deleteRuleOptions } from "./handler";

export const dynamic = "force-dynamic";

// POST /dashboard/risk/rules/{id}/delete – delete a risk rule (admin and owner).
export const POST = staffMutation(deleteRuleOptions, deleteRule);
