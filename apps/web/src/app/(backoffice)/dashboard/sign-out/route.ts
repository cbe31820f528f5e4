import { staffMutation } from "@/server/backoffice/staff-mutation";
import { signOut, signOutOptions } from "./handler";

export const dynamic = "force-dynamic";

// POST /dashboard/sign-out – end the user's sessions (audited).
export const POST = staffMutation(signOutOptions, signOut);
