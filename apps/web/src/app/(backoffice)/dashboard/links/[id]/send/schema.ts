import { z } from "zod";
import { optionalField } from "@/server/backoffice/form-atoms";

/** POST /dashboard/links/{id}/send: "Send by email / SMS" on an open link; core checks the addresses. */
export const sendPaymentLinkFields = z.object({
  email: optionalField(z.string().max(254)),
  phone: optionalField(z.string().max(32)),
});
