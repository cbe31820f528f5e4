import { staffMutation } from "@/server/backoffice/staff-mutation";
import { moveRule, moveRuleOptions } from "./handler";

export const dynamic = "force-dynamic";

// POST /dashboard/risk/rules/{id}/move – move a risk rule up or down (admin and owner).
export const POST = staffMutation(moveRuleOptions, moveRule);
