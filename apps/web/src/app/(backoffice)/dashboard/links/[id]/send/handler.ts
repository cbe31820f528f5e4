import { sendPaymentRequest } from "@jeton/core";
import type { StaffMutationInput, StaffMutationOptions, StaffMutationOutcome } from "@/server/backoffice/staff-mutation";
import { parseBody } from "@/server/http/parse-body";
import { sendPaymentLinkFields } from "./schema";
import { formObject } from "@/server/backoffice/form-object";

type Params = { id: string };
export const sendPaymentLinkOptions: StaffMutationOptions<Params> = {
  action: "payment_link.send",
  role: "admin",
  target: (params) => ({ type: "payment_request", id: params.id }),
};

/** POST /dashboard/links/{id}/send – "Send by email / SMS": Push & Pay for a request that is still open. */
export async function sendPaymentLink({ context, staff, params, fields }: StaffMutationInput<Params>): Promise<StaffMutationOutcome> {
  const input = parseBody(sendPaymentLinkFields, formObject(fields));
  const messages = await sendPaymentRequest(context, staff, { paymentRequestId: params.id, sendTo: input });
  return {
    redirect: `/dashboard/links/${params.id}`,
    notice: "link_sent",
    target: { type: "payment_request", id: params.id },
    // The channels, not the addresses: the audit log records what was done, not who the shopper is.
    details: { channels: messages.map((m) => m.channel) },
    json: { object: "list", data: messages },
  };
}
