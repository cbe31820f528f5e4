import { type Database, schema } from "@jeton/db";
import { eq } from "drizzle-orm";
import type { Clock } from "../clock/clock";
import { AppError } from "../errors";
import { DEFAULT_RETRY_DAYS } from "./run-recurring-charge";

export interface RecurringSettings {
  /** Days after a charge's due date at which it is tried again, ascending (default 1, 3, 5). */
  retryDays: number[];
  /** After the last failed retry: `cancel` the subscription (default) or leave it `past_due`. */
  afterRetries: "cancel" | "past_due";
}

/** The merchant's dunning settings, defaults when never set. */
export async function getRecurringSettings({ db }: { db: Database }, merchantId: string): Promise<RecurringSettings> {
  const [row] = await db.select().from(schema.merchantRecurringSettings).where(eq(schema.merchantRecurringSettings.merchantId, merchantId));
  return { retryDays: row?.retryDays ?? [...DEFAULT_RETRY_DAYS], afterRetries: row?.afterRetries ?? "cancel" };
}

/** Sets the retry schedule (0 to 5 retries, strictly ascending days from 1 to 30) and what follows the last failure. */
export async function setRecurringSettings({ db, clock }: { db: Database; clock: Clock }, merchantId: string, input: RecurringSettings): Promise<RecurringSettings> {
  const days = input.retryDays;
  const ascending = days.every((day, i) => Number.isInteger(day) && day >= 1 && day <= 30 && (i === 0 || day > days[i - 1]!));
  if (days.length > 5 || !ascending) throw new AppError("parameter_invalid", "retryDays: up to 5 whole days from 1 to 30, in ascending order.", { param: "retryDays" });
  if (input.afterRetries !== "cancel" && input.afterRetries !== "past_due") throw new AppError("parameter_invalid", "afterRetries is cancel or past_due.", { param: "afterRetries" });
  const values = { retryDays: days, afterRetries: input.afterRetries, updatedAt: clock.now() };
  await db.insert(schema.merchantRecurringSettings).values({ merchantId, ...values }).onConflictDoUpdate({ target: schema.merchantRecurringSettings.merchantId, set: values });
  return { retryDays: days, afterRetries: input.afterRetries };
}
