import { AppError, createPaymentRequest, isCurrencyCode, parseMajorString } from "@jeton/core";
import type { StaffMutationInput, StaffMutationOptions, StaffMutationOutcome } from "@/server/backoffice/staff-mutation";
import { formObject } from "@/server/backoffice/form-object";
import { parseBody } from "@/server/http/parse-body";
import { createPaymentLinkFields, linkLifetimes } from "./schema";

export const createPaymentLinkOptions: StaffMutationOptions<Record<string, never>> = { action: "payment_link.create", role: "admin" };

/**
 * POST /dashboard/links/create – a payment link: the API's own payment request
 * (createPaymentRequest), made by the signed-in staff member and without a
 * return URL, so the shopper's journey ends on the platform's ticket.
 */
export async function createPaymentLink({ context, staff, fields }: StaffMutationInput<Record<string, never>>): Promise<StaffMutationOutcome> {
  const input = parseBody(createPaymentLinkFields, formObject(fields));
  if (!isCurrencyCode(input.currency)) {
    throw new AppError("parameter_invalid", `Unsupported currency: ${input.currency}`, { param: "currency" });
  }
  let amount: number;
  try {
    amount = parseMajorString(input.amount, input.currency);
  } catch {
    throw new AppError("parameter_invalid", `The amount has more decimals than ${input.currency} allows.`, { param: "amount" });
  }
  if (input.sendByEmail && !input.customerEmail) {
    throw new AppError("parameter_invalid", "Give the customer's email to send the link by email.", { param: "customerEmail" });
  }
  const sendTo = input.sendByEmail || input.sendToPhone ? { email: input.sendByEmail ? input.customerEmail : undefined, phone: input.sendToPhone } : undefined;
  const expiresAt = new Date(context.clock.now().getTime() + linkLifetimes[input.expiresIn].ms);
  const link = await createPaymentRequest(context, {
    merchantId: staff.merchantId,
    mode: staff.mode,
    createdByUserId: staff.userId,
    input: {
      amount,
      currency: input.currency,
      merchantReference: input.merchantReference,
      customerEmail: input.customerEmail,
      description: input.description,
      metadata: input.metadata,
      returnUrl: null,
      expiresAt: expiresAt.toISOString(),
      sendTo,
    },
  });
  return {
    redirect: `/dashboard/links/${link.id}`,
    notice: sendTo ? "link_created_and_sent" : "link_created",
    target: { type: "payment_request", id: link.id },
    // No customer email here: the audit log records what was asked, not who the shopper is.
    details: { amount, currency: link.currency, merchantReference: link.merchantReference, expiresAt: link.expiresAt, sentBy: sendTo ? Object.keys(sendTo).filter((k) => sendTo[k as keyof typeof sendTo]) : [] },
    json: link,
  };
}
