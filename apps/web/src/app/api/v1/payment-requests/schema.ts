import { z } from "zod";
import { currencyCode, descriptionInput, metadataInput } from "@/server/http/request-atoms";

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
  captureMode: z.enum(["automatic", "manual"]).optional(),
  intent: z.enum(["payment", "tokenize"]).optional(),
  saveCard: z.boolean().optional(),
  customerId: z.string().min(1).max(100).optional(),
  expiresAt: z.iso.datetime({ offset: true }).optional(),
  metadata: metadataInput.optional(),
});
