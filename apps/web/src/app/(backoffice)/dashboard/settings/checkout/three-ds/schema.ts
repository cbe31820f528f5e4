import { z } from "zod";
import { currencyCode } from "@/server/http/request-atoms";

/** An empty form field is an absent value. */
const optional = <T extends z.ZodType>(schema: T) =>
  z.preprocess((value) => (typeof value === "string" && value.trim() === "" ? undefined : typeof value === "string" ? value.trim() : value), schema.optional());

/**
 * POST /dashboard/settings/checkout/three-ds. The threshold is in major units
 * as staff type it (`50.00`); the handler converts it with the currency's
 * exponent. Threshold and currency matter only for `above_amount`.
 */
export const threeDsPolicyFields = z.object({
  policy: z.enum(["issuer", "always", "above_amount"]),
  threshold: optional(z.string().regex(/^\d{1,15}(\.\d{1,3})?$/, "an amount in major units, e.g. 50.00")),
  currency: optional(currencyCode),
});
