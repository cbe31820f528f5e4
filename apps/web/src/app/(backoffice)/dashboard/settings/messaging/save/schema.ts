import { z } from "zod";

/** A number typed in a form field; empty is absent. */
const count = z.preprocess((value) => (typeof value === "string" && value.trim() !== "" ? Number(value) : undefined), z.number().optional());
/** Addresses typed one per line (or separated by commas). */
const addresses = z.string().max(5000).transform((text) => text.split(/[\s,;]+/).map((entry) => entry.trim()).filter(Boolean));

/** POST /dashboard/settings/messaging/save: the form's fields; core's messagingSettingsInput checks the rules. */
export const messagingSettingsFields = z.object({
  receiptsEnabled: z.enum(["on"]).optional(),
  confirmationEmails: addresses,
  digestEmails: addresses,
  timeZone: z.string().max(64),
  digestHour: count,
  maxMessagesPerHour: count,
  maxPerRecipientPerDay: count,
  steps: z.array(z.object({ afterDays: count, email: z.enum(["on"]).optional(), sms: z.enum(["on"]).optional() })).max(5),
});
