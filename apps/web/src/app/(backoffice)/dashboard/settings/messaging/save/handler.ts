import { updateMessagingSettings } from "@jeton/core";
import type { StaffMutationInput, StaffMutationOptions, StaffMutationOutcome } from "@/server/backoffice/staff-mutation";
import { parseBody } from "@/server/http/parse-body";
import { MAX_REMINDER_STEPS } from "@jeton/core";
import { messagingSettingsFields } from "./schema";

type Params = Record<string, never>;
export const saveMessagingSettingsOptions: StaffMutationOptions<Params> = { action: "settings.messaging.update", role: "admin" };

/** POST /dashboard/settings/messaging/save – receipts, reminder scenario, notification addresses, abuse limits. */
export async function saveMessagingSettings({ context, staff, fields }: StaffMutationInput<Params>): Promise<StaffMutationOutcome> {
  const steps = Array.from({ length: MAX_REMINDER_STEPS }, (_, index) => ({
    afterDays: fields.get(`step${index}Days`) ?? "",
    email: fields.get(`step${index}Email`) ?? undefined,
    sms: fields.get(`step${index}Sms`) ?? undefined,
  }));
  const form = parseBody(messagingSettingsFields, {
    receiptsEnabled: fields.get("receiptsEnabled") ?? undefined,
    confirmationEmails: fields.get("confirmationEmails") ?? "",
    digestEmails: fields.get("digestEmails") ?? "",
    timeZone: fields.get("timeZone") ?? "",
    digestHour: fields.get("digestHour") ?? "",
    maxMessagesPerHour: fields.get("maxMessagesPerHour") ?? "",
    maxPerRecipientPerDay: fields.get("maxPerRecipientPerDay") ?? "",
    steps,
  });
  const saved = await updateMessagingSettings(context, staff.merchantId, {
    receiptsEnabled: form.receiptsEnabled === "on",
    reminderSteps: form.steps
      .filter((step) => step.afterDays !== undefined)
      .map((step) => ({ afterDays: step.afterDays, channels: [...(step.email ? ["email"] : []), ...(step.sms ? ["sms"] : [])] })),
    confirmationEmails: form.confirmationEmails,
    digestEmails: form.digestEmails,
    timeZone: form.timeZone,
    digestHour: form.digestHour,
    maxMessagesPerHour: form.maxMessagesPerHour,
    maxPerRecipientPerDay: form.maxPerRecipientPerDay,
  });
  return { redirect: "/dashboard/settings/messaging", notice: "messaging_saved", target: { type: "merchant", id: staff.merchantId }, details: { ...saved }, json: saved };
}
