import { staffMutation } from "@/server/backoffice/staff-mutation";
import { createRule, createRuleOptions } from "./handler";

export const dynamic = "force-dynamic";

// POST /dashboard/risk/rules – create a risk rule (admin and owner).
export const POST = staffMutation(createRuleOptions, createRule);
