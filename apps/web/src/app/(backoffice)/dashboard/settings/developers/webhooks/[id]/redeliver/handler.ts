import { redeliverEvent } from "@jeton/core";
import type { StaffMutationInput, StaffMutationOptions, StaffMutationOutcome } from "@/server/backoffice/staff-mutation";
import { parseBody } from "@/server/http/parse-body";
import { formObject } from "@/server/backoffice/form-object";
import { redeliverFields } from "./schema";

type Params = { id: string };
export const redeliverWebhookEventOptions: StaffMutationOptions<Params> = { action: "webhook_event.redeliver", role: "admin" };

/**
 * POST /dashboard/settings/developers/webhooks/{id}/redeliver – the API's
 * redeliverEvent: the event goes again, now, to every endpoint of the mode
 * that takes it (this one among them). `id` only says where to come back.
 */
export async function redeliverWebhookEvent({ context, staff, params, fields }: StaffMutationInput<Params>): Promise<StaffMutationOutcome> {
  const { eventId } = parseBody(redeliverFields, formObject(fields));
  const deliveries = await redeliverEvent(context, { merchantId: staff.merchantId, mode: staff.mode, eventId });
  return {
    redirect: `/dashboard/settings/developers/webhooks/${encodeURIComponent(params.id)}`,
    notice: "redelivered",
    target: { type: "event", id: eventId },
    details: { endpoints: deliveries.map((d) => d.endpointId) },
    json: { data: deliveries },
  };
}
