import { schema } from "@jeton/db";
import { z } from "zod";
import { merchantAlertView } from "../card-testing/merchant-alert-view";
import { cardView, customerView } from "../customers/customer-view";
import { messageView } from "../messaging/message-view";
import { paymentRequestView } from "../payment-requests/payment-request-view";
import { refundView } from "../transactions/refund-view";
import { transactionView } from "../transactions/transaction-view";
import { installmentPlanView, recurringChargeEventView, subscriptionView } from "../recurring/recurring-views";
import { TEST_EVENT_TYPE } from "../webhooks/find-subscribed-endpoints";

/** The body of the test event the back-office sends to an endpoint. */
export const webhookTestView = z
  .object({ object: z.literal("webhook_test"), endpointId: z.string(), url: z.string(), message: z.string() })
  .meta({ id: "WebhookTest" });

/**
 * Every event type Jeton records and sends, with the view its `data` holds.
 * The OpenAPI document's `webhooks` section is built from this list; a type
 * recorded but missing here fails the contract test.
 */
export const eventTypes: Readonly<Record<string, z.ZodType>> = {
  ...Object.fromEntries(
    (["succeeded", "failed", "canceled", "expired"] as const).map((status) => [`payment_request.${status}`, paymentRequestView]),
  ),
  ...Object.fromEntries(schema.transactionStatuses.map((status) => [`transaction.${status}`, transactionView])),
  "refund.created": refundView,
  // A payment held by the risk engine, and the staff decision or expiry that ended the hold (docs/risk.md).
  "review.opened": transactionView,
  "review.closed": transactionView,
  "customer.created": customerView,
  "customer.deleted": customerView,
  "customer.card.saved": cardView,
  "customer.card.deleted": cardView,
  "merchant.decline_rate_spike": merchantAlertView,
  "message.sent": messageView,
  "message.failed": messageView,
  "subscription.created": subscriptionView,
  "subscription.updated": subscriptionView,
  "subscription.past_due": subscriptionView,
  "subscription.canceled": subscriptionView,
  "subscription.charge_succeeded": recurringChargeEventView,
  "subscription.charge_failed": recurringChargeEventView,
  "installment_plan.created": installmentPlanView,
  "installment_plan.completed": installmentPlanView,
  "installment_plan.defaulted": installmentPlanView,
  "installment_plan.canceled": installmentPlanView,
  "installment_plan.charge_succeeded": recurringChargeEventView,
  "installment_plan.charge_failed": recurringChargeEventView,
  [TEST_EVENT_TYPE]: webhookTestView,
};

/** What Jeton POSTs to a webhook endpoint for an event of this type (signed with Standard Webhooks). */
export function webhookPayloadView(type: string, data: z.ZodType) {
  return z.object({
    id: z.string().describe("The event id (`evt_…`), also in the `webhook-id` header: deduplicate on it."),
    type: z.literal(type),
    createdAt: z.iso.datetime(),
    data,
  });
}
