import { billingIntervals } from "@jeton/core";
import { schema } from "@jeton/db";
import { z } from "zod";
import { paginationQuery } from "@/server/http/pagination-query";
import { currencyCode, descriptionInput, metadataInput, objectId } from "@/server/http/request-atoms";

const instant = z.iso.datetime({ offset: true }).transform((value) => new Date(value));

/** POST /api/v1/subscriptions. Ranges and dates (not in the past) are checked by core, each naming its field. */
export const createSubscriptionBody = z.strictObject({
  customerId: objectId("cus"),
  cardId: objectId("card"),
  /** Minor units, per period. */
  amount: z.number().int().positive().max(Number.MAX_SAFE_INTEGER),
  currency: currencyCode,
  interval: z.enum(billingIntervals),
  /** Every `intervalCount` intervals; an interval spans at most a year. Default 1. */
  intervalCount: z.number().int().min(1).max(365).optional(),
  /** The first billing date (not in the past); default now. */
  startDate: instant.optional(),
  /** Free days before the first charge. */
  trialDays: z.number().int().min(0).max(730).optional(),
  /** Ends after this many periods… */
  endAfterCycles: z.number().int().min(1).max(1000).optional(),
  /** …or bills no period starting at or after this date. */
  endAt: instant.optional(),
  merchantReference: z.string().min(1).max(64).optional(),
  description: descriptionInput.optional(),
  metadata: metadataInput.optional(),
});

/** GET /api/v1/subscriptions query string. */
export const listSubscriptionsQuery = z.strictObject({
  ...paginationQuery,
  customerId: objectId("cus").optional(),
  status: z.enum(schema.subscriptionStatuses).optional(),
  merchantReference: z.string().min(1).max(64).optional(),
});
