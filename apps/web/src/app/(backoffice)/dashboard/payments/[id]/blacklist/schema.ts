import { z } from "zod";
import { optionalField } from "@/server/backoffice/form-atoms";

/** POST /dashboard/payments/{id}/blacklist: why the payment's card goes on the blacklist (optional, up to 500 characters). */
export const blacklistCardFields = z.object({ reason: optionalField(z.string().max(500)) });
