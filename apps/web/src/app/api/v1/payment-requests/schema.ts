import { paymentRequestStatuses } from "@jeton/core";
import { z } from "zod";
import { paginationQuery } from "@/server/http/pagination-query";
import { currencyCode, descriptionInput, metadataFilter, metadataInput, statusListQuery } from "@/server/http/request-atoms";

/** POST /api/v1/payment-requests. Business rules (currency, return URLs, expiry window) are core's. */
export const createPaymentRequestBody = z.strictObject({
  amount: z.number().int().nonnegative().max(Number.MAX_SAFE_INTEGER),
  currency: currencyCode,
  merchantReference: z.string().min(1).max(64).optional(),
  description: descriptionInput.optional(),
  customerEmail: z.email().max(254).optional(),
  locale: z.enum(["fr", "en", "ar"]).optional(),
  returnUrl: z.string().max(2048),
  cancelUrl: z.string().max(2048).optional(),
  /** `delayed`: captured automatically `captureDelayDays` (1–7) days after the payment, unless captured or canceled before. */
  captureMode: z.enum(["automatic", "manual", "delayed"]).optional(),
  captureDelayDays: z.number().int().min(1).max(7).optional(),
  /** Payment in instalments: the shopper pays the first now, the card is saved and the next ones are charged on schedule. */
  installments: z.strictObject({ count: z.number().int().min(2).max(12), interval: z.enum(["month", "week"]) }).optional(),
  intent: z.enum(["payment", "tokenize"]).optional(),
  saveCard: z.boolean().optional(),
  customerId: z.string().min(1).max(100).optional(),
  expiresAt: z.iso.datetime({ offset: true }).optional(),
  metadata: metadataInput.optional(),
  /** Push & Pay: sent at once by email and/or SMS. The addresses are checked by core (sendTo[email], sendTo[phone] in E.164). */
  sendTo: z.strictObject({ email: z.string().max(254).optional(), phone: z.string().max(32).optional() }).optional(),
});

/** GET /api/v1/payment-requests query string. The filters combine with AND. */
export const listPaymentRequestsQuery = z.strictObject({
  ...paginationQuery,
  /** One status, or several separated by commas (`open,expired`); an open request past its expiry is `expired`. */
  status: statusListQuery(paymentRequestStatuses).optional(),
  /** `metadata[key]=value`: requests whose metadata has every pair given. */
  metadata: metadataFilter.optional(),
});
