/** The subscription operations of the API registry (aggregated in app/api/_openapi/operations.ts). */
import type { ApiOperation } from "@/app/api/_openapi/api-operation";
import { listView, paymentRequestView, recurringChargeView, subscriptionView } from "@jeton/core";
import { paymentRequestExample } from "../payment-requests/operations";
import { createCardUpdateLinkBody } from "./[id]/card-update-link/schema";
import { cancelSubscriptionBody } from "./[id]/cancel/schema";
import { updateSubscriptionBody } from "./[id]/schema";
import { createSubscriptionBody, listSubscriptionsQuery } from "./schema";

const cardExample = { id: "card_Hs2Jd8Kf4Lg6Mh1Nj3Pk5q", customerId: "cus_Qw1Er2Ty3Ui4Op5As6Df7g" };

export const recurringChargeExample = {
  id: "rch_Lk8Jh6Gf4Ds2Aq1Ws3Ed5r",
  object: "recurring_charge",
  period: 1,
  periodStart: "2027-02-28T10:00:00.000Z",
  periodEnd: "2027-03-31T10:00:00.000Z",
  amount: null,
  currency: "EUR",
  status: "scheduled",
  attempts: 0,
  nextAttemptAt: "2027-02-28T10:00:00.000Z",
  lastTransactionId: null,
  lastDeclineCode: null,
};

const subscriptionExample = {
  id: "sub_Zx9Cv7Bn5Mm3Ll1Kk2Jj4h",
  object: "subscription",
  status: "active",
  customerId: cardExample.customerId,
  cardId: cardExample.id,
  testClockId: null,
  amount: 1990,
  currency: "EUR",
  interval: "month",
  intervalCount: 1,
  billingAnchor: "2027-01-31T10:00:00.000Z",
  trialEnd: null,
  currentPeriod: 0,
  currentPeriodStart: "2027-01-31T10:00:00.000Z",
  currentPeriodEnd: "2027-02-28T10:00:00.000Z",
  endAfterCycles: null,
  endAt: null,
  cancelAtPeriodEnd: false,
  initialTransactionId: "tx_Gm4Rk8Pq2Lw6Ys1Hv9Nb3c",
  merchantReference: "plan-pro-42",
  description: "Pro plan",
  metadata: { plan: "pro" },
  mode: "test",
  createdAt: "2027-01-31T10:00:00.000Z",
  canceledAt: null,
  pausedAt: null,
  nextCharge: recurringChargeExample,
};

export const subscriptionOperations: readonly ApiOperation[] = [
  {
    method: "POST",
    path: "/api/v1/subscriptions",
    operationId: "createSubscription",
    tag: "Subscriptions",
    summary: "Bill a customer's saved card every interval",
    description:
      "The card must be the customer's, with the shopper's consent and a first customer-initiated payment (the payment that saved it, or a one-click one): " +
      "every charge is then merchant-initiated on the stored credential and names that payment (`initialTransactionId`). " +
      "Without `trialDays` or a later `startDate`, the first period is charged before the answer. A period anchored on the 31st bills on the last day of shorter months. " +
      "Failed charges are retried after 1, 3 and 5 days (the merchant's setting), then the subscription becomes `past_due`, then `canceled`.",
    auth: "secret",
    idempotent: true,
    body: createSubscriptionBody,
    bodyExample: { customerId: cardExample.customerId, cardId: cardExample.id, amount: 1990, currency: "EUR", interval: "month", merchantReference: "plan-pro-42", metadata: { plan: "pro" } },
    response: { status: 201, description: "The subscription.", schema: subscriptionView, example: subscriptionExample },
    errors: ["resource_not_found", "merchant_initiated_not_allowed", "live_mode_unavailable", "invalid_state_transition"],
  },
  {
    method: "GET",
    path: "/api/v1/subscriptions",
    operationId: "listSubscriptions",
    tag: "Subscriptions",
    summary: "List subscriptions, newest first",
    auth: "secret",
    query: listSubscriptionsQuery,
    response: { status: 200, description: "A page of subscriptions.", schema: listView(subscriptionView, "SubscriptionList"), example: { object: "list", data: [subscriptionExample], hasMore: false, nextCursor: null } },
    errors: ["resource_not_found"],
  },
  {
    method: "GET",
    path: "/api/v1/subscriptions/{id}",
    operationId: "getSubscription",
    tag: "Subscriptions",
    summary: "Read a subscription and its next charge",
    auth: "secret",
    response: { status: 200, description: "The subscription.", schema: subscriptionView, example: subscriptionExample },
    errors: ["resource_not_found"],
  },
  {
    method: "POST",
    path: "/api/v1/subscriptions/{id}",
    operationId: "updateSubscription",
    tag: "Subscriptions",
    summary: "Change the amount or the card from the next charge",
    description: "A new card must be the same customer's, with consent and a first payment. On a subscription whose charge failed or waits for a retry, a new card retries the amount due at once.",
    auth: "secret",
    idempotent: true,
    body: updateSubscriptionBody,
    bodyExample: { amount: 2490 },
    response: { status: 200, description: "The subscription.", schema: subscriptionView, example: subscriptionExample },
    errors: ["resource_not_found", "invalid_state_transition", "merchant_initiated_not_allowed", "live_mode_unavailable"],
  },
  {
    method: "POST",
    path: "/api/v1/subscriptions/{id}/cancel",
    operationId: "cancelSubscription",
    tag: "Subscriptions",
    summary: "Cancel now, or at the end of the period paid",
    auth: "secret",
    idempotent: true,
    body: cancelSubscriptionBody,
    bodyExample: { atPeriodEnd: true },
    response: { status: 200, description: "The subscription.", schema: subscriptionView, example: { ...subscriptionExample, cancelAtPeriodEnd: true } },
    errors: ["resource_not_found", "invalid_state_transition"],
  },
  {
    method: "POST",
    path: "/api/v1/subscriptions/{id}/pause",
    operationId: "pauseSubscription",
    tag: "Subscriptions",
    summary: "Pause billing: periods due while paused are not charged",
    auth: "secret",
    idempotent: true,
    response: { status: 200, description: "The subscription.", schema: subscriptionView, example: { ...subscriptionExample, status: "paused", pausedAt: "2027-02-10T10:00:00.000Z" } },
    errors: ["resource_not_found", "invalid_state_transition"],
  },
  {
    method: "POST",
    path: "/api/v1/subscriptions/{id}/resume",
    operationId: "resumeSubscription",
    tag: "Subscriptions",
    summary: "Resume a paused subscription at its next billing date",
    auth: "secret",
    idempotent: true,
    response: { status: 200, description: "The subscription.", schema: subscriptionView, example: subscriptionExample },
    errors: ["resource_not_found", "invalid_state_transition"],
  },
  {
    method: "GET",
    path: "/api/v1/subscriptions/{id}/charges",
    operationId: "listSubscriptionCharges",
    tag: "Subscriptions",
    summary: "Every period billed or queued: dates, amounts, attempts and outcomes",
    auth: "secret",
    response: { status: 200, description: "The charges, oldest period first.", schema: listView(recurringChargeView, "RecurringChargeList"), example: { object: "list", data: [recurringChargeExample], hasMore: false, nextCursor: null } },
    errors: ["resource_not_found"],
  },
  {
    method: "POST",
    path: "/api/v1/subscriptions/{id}/card-update-link",
    operationId: "createCardUpdateLink",
    tag: "Subscriptions",
    summary: "A hosted page where the shopper pays the amount due with a new card, which then replaces the subscription's",
    description:
      "Only while a charge is due (waiting for a retry, or past due). The answer is a payment request for the amount due, with `saveCard` and `subscriptionId`: send the shopper to its `url`. " +
      "The page states that paying saves the card for the subscription's next charges; the payment (3-D Secure as the issuer asks) settles the amount due, and the subscription is `active` again.",
    auth: "secret",
    idempotent: true,
    body: createCardUpdateLinkBody,
    bodyExample: { returnUrl: "https://shop.example/account/billing" },
    response: {
      status: 201,
      description: "The payment request for the amount due.",
      schema: paymentRequestView,
      example: { ...paymentRequestExample, amount: 1990, saveCard: true, customerId: cardExample.customerId, subscriptionId: subscriptionExample.id, returnUrl: "https://shop.example/account/billing", cancelUrl: null },
    },
    errors: ["resource_not_found", "invalid_state_transition", "return_url_not_allowed", "live_mode_unavailable"],
  },
];
