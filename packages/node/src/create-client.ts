import { createRequester, type JetonClientOptions } from "./request";
import { cardTokensResource } from "./resources/card-tokens";
import { customersResource } from "./resources/customers";
import { eventsResource } from "./resources/events";
import { paymentRequestsResource } from "./resources/payment-requests";
import { riskRulesResource } from "./resources/risk-rules";
import { transactionsResource } from "./resources/transactions";
import { webhookEndpointsResource } from "./resources/webhook-endpoints";
import { installmentPlansResource } from "./resources/installment-plans";
import { subscriptionsResource } from "./resources/subscriptions";
import { testClocksResource } from "./resources/test-clocks";

export type { JetonClientOptions } from "./request";

/** A typed client of the Jeton merchant API: one property per resource (src/resources/), the requests made in one place (request.ts). */
export function createJetonClient(options: JetonClientOptions) {
  const api = createRequester(options);
  return {
    cardTokens: cardTokensResource(api),
    paymentRequests: paymentRequestsResource(api),
    transactions: transactionsResource(api),
    customers: customersResource(api),
    webhookEndpoints: webhookEndpointsResource(api),
    events: eventsResource(api),
    subscriptions: subscriptionsResource(api),
    installmentPlans: installmentPlansResource(api),
    testClocks: testClocksResource(api),
    riskRules: riskRulesResource(api),
  };
}

export type JetonClient = ReturnType<typeof createJetonClient>;
