import { z } from "zod";
import { majorAmountText, optionalField } from "@/server/backoffice/form-atoms";

/** POST /dashboard/payments/{id}/capture: the amount in major units; empty captures all that was authorized. */
export const capturePaymentFields = z.object({ amount: optionalField(majorAmountText) });
