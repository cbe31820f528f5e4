import { type Database, schema } from "@jeton/db";
type ReminderStep = schema.ReminderStep;
import { eq, sql } from "drizzle-orm";
import { z } from "zod";
import type { Clock } from "../clock/clock";
import { AppError } from "../errors";
import type { DatabaseExecutor } from "../events/record-event";

type Row = typeof schema.merchantMessagingSettings.$inferSelect;

export const MAX_REMINDER_STEPS = 5;

export const messagingSettingsView = z.object({
  object: z.literal("messaging_settings"),
  receiptsEnabled: z.boolean(),
  reminderSteps: z.array(z.object({ afterDays: z.number().int(), channels: z.array(z.enum(["email", "sms"])) })),
  confirmationEmails: z.array(z.string()),
  digestEmails: z.array(z.string()),
  timeZone: z.string(),
  digestHour: z.number().int(),
  maxMessagesPerHour: z.number().int(),
  maxPerRecipientPerDay: z.number().int(),
});
export type MessagingSettingsView = z.infer<typeof messagingSettingsView>;

/** A merchant that never saved messaging settings has these. */
export const DEFAULT_MESSAGING_SETTINGS: Omit<MessagingSettingsView, "object"> = {
  receiptsEnabled: true,
  reminderSteps: [],
  confirmationEmails: [],
  digestEmails: [],
  timeZone: "UTC",
  digestHour: 6,
  maxMessagesPerHour: 200,
  maxPerRecipientPerDay: 10,
};

function toView(row: Row | undefined): MessagingSettingsView {
  if (!row) return { object: "messaging_settings", ...DEFAULT_MESSAGING_SETTINGS };
  return {
    object: "messaging_settings",
    receiptsEnabled: row.receiptsEnabled,
    reminderSteps: row.reminderSteps,
    confirmationEmails: row.confirmationEmails,
    digestEmails: row.digestEmails,
    timeZone: row.timeZone,
    digestHour: row.digestHour,
    maxMessagesPerHour: row.maxMessagesPerHour,
    maxPerRecipientPerDay: row.maxPerRecipientPerDay,
  };
}

/** A merchant's messaging settings (its defaults when never saved); like the other settings, deps first (`{ db }`, a transaction too). */
export async function getMessagingSettings({ db }: { db: Pick<DatabaseExecutor, "select"> }, merchantId: string): Promise<MessagingSettingsView> {
  const [row] = await db.select().from(schema.merchantMessagingSettings).where(eq(schema.merchantMessagingSettings.merchantId, merchantId));
  return toView(row);
}

const email = z.email().max(254);

/**
 * An IANA time zone name the platform's time zone database knows (`Europe/Paris`,
 * `America/New_York`, `UTC`), as given; null for anything else. Offsets (`+02:00`)
 * and abbreviations (`CET`, `EST`) are refused: only a named zone follows its
 * region's DST rules. Intl (ICU's copy of the tz database) is the judge.
 */
export function checkTimeZone(name: string): string | null {
  if (name !== "UTC" && !/^[A-Za-z]+(\/[A-Za-z0-9_+\-]+){1,2}$/.test(name)) return null;
  if (name.length > 64) return null;
  try {
    new Intl.DateTimeFormat("en-US", { timeZone: name });
    return name;
  } catch {
    return null; // RangeError: not a time zone
  }
}

const timeZone = z
  .string()
  .max(64)
  .transform((name, context) => {
    const checked = checkTimeZone(name.trim());
    if (checked === null) context.addIssue({ code: "custom", message: "not a known time zone name (e.g. Europe/Paris)" });
    return checked ?? name;
  });
/** What staff may set; every field is checked, and a bad one is a 400 naming it. */
export const messagingSettingsInput = z.strictObject({
  receiptsEnabled: z.boolean(),
  reminderSteps: z
    .array(z.strictObject({ afterDays: z.number().int().min(1).max(30), channels: z.array(z.enum(["email", "sms"])).min(1).max(2) }))
    .max(MAX_REMINDER_STEPS),
  confirmationEmails: z.array(email).max(10),
  digestEmails: z.array(email).max(10),
  timeZone,
  digestHour: z.number().int().min(0).max(23),
  maxMessagesPerHour: z.number().int().min(1).max(100_000),
  maxPerRecipientPerDay: z.number().int().min(1).max(1_000),
});
export type MessagingSettingsInput = z.infer<typeof messagingSettingsInput>;

/** Saves a merchant's messaging settings (receipts, reminder scenario, notification addresses, abuse limits). */
export async function updateMessagingSettings({ db, clock }: { db: Database; clock: Clock }, merchantId: string, input: unknown): Promise<MessagingSettingsView> {
  const parsed = messagingSettingsInput.safeParse(input);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const [head, ...rest] = issue.path.map(String);
    const param = head ? `${head}${rest.map((part) => `[${part}]`).join("")}` : "settings";
    throw new AppError("parameter_invalid", `${param}: ${issue.message}`, { param });
  }
  const value = parsed.data;
  // The digest sweep asks the database for local days: a name ICU knows but the database's tz data lacks would stop it.
  try {
    await db.execute(sql`SELECT now() AT TIME ZONE ${value.timeZone}`);
  } catch {
    throw new AppError("parameter_invalid", "timeZone: not a known time zone name (e.g. Europe/Paris)", { param: "timeZone" });
  }
  const steps: ReminderStep[] = [...value.reminderSteps]
    .sort((a, b) => a.afterDays - b.afterDays)
    .map((step) => ({ afterDays: step.afterDays, channels: [...new Set(step.channels)] }));
  if (new Set(steps.map((s) => s.afterDays)).size !== steps.length) {
    throw new AppError("parameter_invalid", "reminderSteps: two steps on the same day.", { param: "reminderSteps" });
  }
  const row = {
    receiptsEnabled: value.receiptsEnabled,
    reminderSteps: steps,
    confirmationEmails: [...new Set(value.confirmationEmails.map((e) => e.toLowerCase()))],
    digestEmails: [...new Set(value.digestEmails.map((e) => e.toLowerCase()))],
    timeZone: value.timeZone,
    digestHour: value.digestHour,
    maxMessagesPerHour: value.maxMessagesPerHour,
    maxPerRecipientPerDay: value.maxPerRecipientPerDay,
    updatedAt: clock.now(),
  };
  const [saved] = await db
    .insert(schema.merchantMessagingSettings)
    .values({ merchantId, ...row })
    .onConflictDoUpdate({ target: schema.merchantMessagingSettings.merchantId, set: row })
    .returning();
  return toView(saved);
}
