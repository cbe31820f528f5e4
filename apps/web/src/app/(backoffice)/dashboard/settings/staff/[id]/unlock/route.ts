import { staffMutation } from "@/server/backoffice/staff-mutation";
import { unlockMember, unlockMemberOptions } from "./handler";

export const dynamic = "force-dynamic";

// POST /dashboard/settings/staff/{id}/unlock – unlock a locked-out staff member (owner only).
export const POST = staffMutation(unlockMemberOptions, unlockMember);
