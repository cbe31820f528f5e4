import { z } from "zod";
import { descriptionField, majorAmountText, metadataField, optionalField } from "@/server/backoffice/form-atoms";

/**
 * POST /dashboard/payments/{id}/refund: the amount in major units (empty:
 * everything that remains), an optional reason, and the refund's
 * description and metadata as the API takes them.
 */
export const refundPaymentFields = z.object({
  amount: optionalField(majorAmountText),
  reason: optionalField(z.string().max(500)),
  description: descriptionField,
  metadata: metadataField,
});
