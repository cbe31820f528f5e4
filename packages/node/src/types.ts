/*
 * The API's types, as the OpenAPI document describes them: aliases into the
 * types openapi-typescript generated from it (generated/openapi.ts, committed
 * and checked for staleness). Nothing here is written by hand but the names.
 */
import type { components, operations } from "./generated/openapi";

type Schemas = components["schemas"];
/** The JSON body an operation takes. */
export type BodyOf<Operation extends keyof operations> = operations[Operation] extends { requestBody?: { content: { "application/json": infer Body } } } ? Body : never;
type Query<Operation extends keyof operations> = NonNullable<operations[Operation]["parameters"]["query"]>;
/** An operation's query parameters, a scalar given as a string or a number; `metadata` as `{ key: value }`. */
export type QueryOf<Operation extends keyof operations> = {
  [Name in keyof Query<Operation>]?: NonNullable<Query<Operation>[Name]> extends object ? Query<Operation>[Name] : string | number;
};

export type Transaction = Schemas["Transaction"];
export type CreatedTransaction = Schemas["CreatedTransaction"];
export type TransactionDetail = Schemas["TransactionDetail"];
export type TransactionStatus = Transaction["status"];
export type Refund = Schemas["Refund"];
export type RefundWithTransaction = Schemas["RefundWithTransaction"];
export type PaymentRequest = Schemas["PaymentRequest"];
export type Customer = Schemas["Customer"];
export type CustomerWithCards = Schemas["CustomerWithCards"];
export type Card = Schemas["Card"];
export type CardToken = Schemas["CardTokenWithStatus"];
export type WebhookEndpoint = Schemas["WebhookEndpoint"];
export type CreatedWebhookEndpoint = Schemas["CreatedWebhookEndpoint"];
export type DeletedWebhookEndpoint = Schemas["DeletedWebhookEndpoint"];
export type WebhookDelivery = Schemas["WebhookDelivery"];
export type WebhookDeliveryWithAttempts = Schemas["WebhookDeliveryWithAttempts"];
export type JetonEvent = Schemas["Event"];
export type RiskRule = Schemas["RiskRule"];
export type DeletedRiskRule = Schemas["DeletedRiskRule"];
/** The risk assessment on a transaction (`transaction.risk`): score, outcome, rules fired, review. */
export type TransactionRisk = Schemas["TransactionRisk"];
export type ApiError = Schemas["Error"];
/** Every code of the API's closed error catalog (docs/errors.md). */
export type ApiErrorCode = ApiError["error"]["code"];
export type ApiErrorType = ApiError["error"]["type"];
/** What a `challenge_required` error carries: the proof of work to solve (token.js does it in the browser). */
export type ProofOfWorkChallenge = Schemas["ProofOfWorkChallenge"];
/** The `data` of a `merchant.decline_rate_spike` event. */
export type MerchantAlert = Schemas["MerchantAlert"];
export type Subscription = Schemas["Subscription"];
export type RecurringCharge = Schemas["RecurringCharge"];
export type InstallmentPlan = Schemas["InstallmentPlan"];
export type TestClock = Schemas["TestClock"];

/** A page of a list: pass `nextCursor` as `startingAfter` for the next one while `hasMore`. */
export interface List<T> {
  object: "list";
  data: T[];
  hasMore: boolean;
  nextCursor: string | null;
}

export type CreatePaymentRequestParams = BodyOf<"createPaymentRequest">;
export type CreateTransactionParams = BodyOf<"createTransaction">;
export type CaptureTransactionParams = BodyOf<"captureTransaction">;
export type CreateRefundParams = BodyOf<"createRefund">;
export type CreateCustomerParams = BodyOf<"createCustomer">;
export type AddCustomerCardParams = BodyOf<"addCustomerCard">;
export type CreateWebhookEndpointParams = BodyOf<"createWebhookEndpoint">;
export type CreateSubscriptionParams = BodyOf<"createSubscription">;
export type UpdateSubscriptionParams = BodyOf<"updateSubscription">;
export type CancelSubscriptionParams = BodyOf<"cancelSubscription">;
export type CreateCardUpdateLinkParams = BodyOf<"createCardUpdateLink">;
export type ListSubscriptionsParams = QueryOf<"listSubscriptions">;
export type CreateTestClockParams = BodyOf<"createTestClock">;
export type AdvanceTestClockParams = BodyOf<"advanceTestClock">;
export type CreateRiskRuleParams = BodyOf<"createRiskRule">;
export type UpdateRiskRuleParams = BodyOf<"updateRiskRule">;
export type ReorderRiskRulesParams = BodyOf<"reorderRiskRules">;
/** Your statement that the shopper agreed to later merchant-initiated charges on the card: when and how. */
export type StoredCredentialConsent = NonNullable<AddCustomerCardParams["consent"]>;
/** Filters of `transactions.list`; `status` also takes several statuses. */
export type ListTransactionsParams = Omit<QueryOf<"listTransactions">, "status"> & { status?: TransactionStatus | TransactionStatus[] };
export type ListCustomersParams = QueryOf<"listCustomers">;
export type ListRefundsParams = QueryOf<"listRefunds">;
export type PaymentRequestStatus = PaymentRequest["status"];
/** Filters of `paymentRequests.list`; `status` also takes several statuses. */
export type ListPaymentRequestsParams = Omit<QueryOf<"listPaymentRequests">, "status"> & { status?: PaymentRequestStatus | PaymentRequestStatus[] };
export type ListWebhookEndpointsParams = QueryOf<"listWebhookEndpoints">;
export type ListEventsParams = QueryOf<"listEvents">;
