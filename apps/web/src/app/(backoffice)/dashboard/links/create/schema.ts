import { z } from "zod";
import { descriptionField, metadataField, optionalField } from "@/server/backoffice/form-atoms";
import { currencyCode } from "@/server/http/request-atoms";

const HOUR = 60 * 60 * 1000;
const DAY = 24 * HOUR;

/** How long a new payment link stays payable; core allows 1 minute to 30 days. */
export const linkLifetimes = {
  "1h": { label: "1 hour", ms: HOUR },
  "6h": { label: "6 hours", ms: 6 * HOUR },
  "1d": { label: "1 day", ms: DAY },
  "3d": { label: "3 days", ms: 3 * DAY },
  "7d": { label: "7 days", ms: 7 * DAY },
  "30d": { label: "30 days", ms: 30 * DAY },
} as const;
export type LinkLifetime = keyof typeof linkLifetimes;
export const DEFAULT_LINK_LIFETIME: LinkLifetime = "1d";

/**
 * POST /dashboard/links/create. The amount is in major units as staff type it
 * (`25.50`); the handler converts it with the currency's exponent. Limits
 * match the API's payment request (reference 64; description and metadata
 * are the API's own atoms).
 */
export const createPaymentLinkFields = z.object({
  amount: z.string().trim().regex(/^\d{1,15}(\.\d{1,3})?$/, "a positive amount in major units, e.g. 25.50"),
  currency: currencyCode,
  merchantReference: optionalField(z.string().max(64)),
  customerEmail: optionalField(z.email().max(254)),
  description: descriptionField,
  metadata: metadataField,
  /** Push & Pay: `on` sends the link to customerEmail at once. */
  sendByEmail: optionalField(z.literal("on")),
  /** Push & Pay: a phone in E.164 (+33612345678) gets the link by SMS at once; core checks it. */
  sendToPhone: optionalField(z.string().max(32)),
  expiresIn: z.enum(Object.keys(linkLifetimes) as [LinkLifetime, ...LinkLifetime[]]),
});
