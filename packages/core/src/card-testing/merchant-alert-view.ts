import type { schema } from "@jeton/db";
import { z } from "zod";
import { modeView, timestamp } from "../views/view-atoms";

/** An alert raised for a merchant: today, a decline-rate spike (event `merchant.decline_rate_spike`). */
export const merchantAlertView = z
  .object({
    object: z.literal("merchant_alert"),
    id: z.string(),
    kind: z.literal("decline_rate_spike"),
    mode: modeView,
    windowStart: timestamp.describe("The fixed window the rate was measured over (start, included)."),
    windowEnd: timestamp.describe("The window's end (excluded)."),
    attempts: z.number().int().describe("Payments attempted in the window."),
    declines: z.number().int().describe("How many of them were refused (declined, blocked, failed authentication)."),
    declineRate: z.number().describe("declines / attempts, in percent, one decimal."),
    createdAt: timestamp,
  })
  .meta({ id: "MerchantAlert" });
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
