import { staffMutation } from "@/server/backoffice/staff-mutation";
import { saveMessagingSettings, saveMessagingSettingsOptions } from "./handler";

export const dynamic = "force-dynamic";

// POST /dashboard/settings/messaging/save – messaging settings (admin and owner), audited.
export const POST = staffMutation(saveMessagingSettingsOptions, saveMessagingSettings);
