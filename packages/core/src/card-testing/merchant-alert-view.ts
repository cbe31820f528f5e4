import type { schema } from "@jeton/db";
import { z } from "zod";

/** An alert raised for a merchant: today, a decline-rate spike (event `merchant.decline_rate_spike`). */
export const merchantAlertView = z.object({
  object: z.literal("merchant_alert"),
  id: z.string(),
  kind: z.literal("decline_rate_spike"),
  mode: z.enum(["test", "live"]),
  windowStart: z.string(),
  windowEnd: z.string(),
  /** Payments attempted in the window, and how many were refused (declined, blocked, failed authentication). */
  attempts: z.number().int(),
  declines: z.number().int(),
  /** declines / attempts, in percent, one decimal. */
  declineRate: z.number(),
  createdAt: z.string(),
});
export type MerchantAlertView = z.infer<typeof merchantAlertView>;

export function toMerchantAlertView(alert: typeof schema.merchantAlerts.$inferSelect): MerchantAlertView {
  return {
    object: "merchant_alert",
    id: alert.id,
    kind: alert.kind,
    mode: alert.mode,
    windowStart: alert.windowStart.toISOString(),
    windowEnd: alert.windowEnd.toISOString(),
    attempts: alert.details.attempts,
    declines: alert.details.declines,
    declineRate: alert.details.declineRate,
    createdAt: alert.createdAt.toISOString(),
  };
}
