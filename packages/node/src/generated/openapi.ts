/* eslint-disable */
// Generated from the OpenAPI document (GET /api/v1/openapi.json) by openapi-typescript. Do not edit:
// UPDATE_SDK_TYPES=1 npx vitest run apps/web/src/app/api/_openapi/sdk-types.test.ts

export interface paths {
    "/.well-known/jwks.json": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Public keys that verify signed results (jeton_result) */
        get: operations["getJwks"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/health": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Readiness: the database is reachable and migrated */
        get: operations["getHealth"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/ready": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Readiness for a load balancer: not draining, and the database answers now */
        get: operations["getReadiness"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/card-tokens": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Turn a card into a single-use cardTokenId
         * @description Called from the shopper's browser by token.js with the publishable key; the Origin must be registered for the merchant. The token lives 15 minutes and is consumed once. Rate limited per client address and per key. Card-testing defence: every attempt counts per client address, card and merchant; past the first threshold the answer is `challenge_required` (428) with a proof-of-work `challenge` to solve and send back as `challengeSolution` (token.js does it), past the second `too_many_attempts` (429).
         */
        post: operations["createCardToken"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/card-tokens/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Read a card token's summary and status
         * @description Never returns the card number. Another merchant's token answers 404 like an unknown id.
         */
        get: operations["getCardToken"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/customers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List customers, newest first */
        get: operations["listCustomers"];
        put?: never;
        /**
         * Create a customer, saving a card from a cardTokenId
         * @description With `cardTokenId` the token is consumed and the card saved, in one database transaction: a bad token creates nothing. `consent` states that the shopper agreed to merchant-initiated charges on that card (when, how); absent, it is recorded as given now, through the API.
         */
        post: operations["createCustomer"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/customers/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read a customer with its saved cards */
        get: operations["getCustomer"];
        put?: never;
        post?: never;
        /** Delete a customer and all its saved cards */
        delete: operations["deleteCustomer"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/customers/{id}/cards": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List a customer's saved cards (deleted ones are not listed) */
        get: operations["listCustomerCards"];
        put?: never;
        /**
         * Save the card of a cardTokenId for a customer
         * @description `consent` states that the shopper agreed to merchant-initiated charges on this card (when, how); absent, it is recorded as given now, through the API.
         */
        post: operations["addCustomerCard"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/customers/{id}/cards/{cardId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Delete a saved card for good; it can never be charged again */
        delete: operations["deleteCustomerCard"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List events, newest first
         * @description Cursor pagination: pass the last id you received as `startingAfter` while `hasMore` is true.
         */
        get: operations["listEvents"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/events/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read an event */
        get: operations["getEvent"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/events/{id}/deliveries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Where an event was sent, with every attempt */
        get: operations["listEventDeliveries"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/events/{id}/redeliver": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Send an event again to every matching endpoint */
        post: operations["redeliverEvent"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/installment-plans/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Read an instalment plan with every instalment
         * @description Made when the shopper pays the first instalment of a payment request with `installments`; the next ones are charged on schedule with the subscriptions' dunning.
         */
        get: operations["getInstallmentPlan"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/openapi.json": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** This API's OpenAPI 3.1 document */
        get: operations["getOpenApiDocument"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/payment-requests": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List payment requests (API-made and payment links), newest first
         * @description Filters combine with AND: `status` (one or several, comma-separated; an open request past its expiry is `expired`) and `metadata[key]=value` (every pair must match). Pages with `limit` and `startingAfter` (the `nextCursor` of the page before). Only the key's own merchant and mode are listed.
         */
        get: operations["listPaymentRequests"];
        put?: never;
        /**
         * Create a hosted payment page session
         * @description Redirect the shopper to `url`, or frame `embedUrl`, or show `qrCodeUrl` (SVG). Amounts are integers in the currency's minor unit. Push & Pay: with `sendTo: { email?, phone? }` (phone in E.164) the request is sent at once by email and/or SMS; the answer lists the queued `messages`. A bad address is a 400 naming `sendTo[email]` or `sendTo[phone]`, and nothing is created; over the merchant's messaging limits the answer is 429 `message_limit_exceeded`.
         */
        post: operations["createPaymentRequest"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/payment-requests/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Read a payment request, its outcome and its messages
         * @description `messages` lists what was sent about it (the request by email or SMS, reminders, receipts), with each one's status: queued, sent, failed or canceled.
         */
        get: operations["getPaymentRequest"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/payment-requests/{id}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Stop an open payment request from being paid */
        post: operations["cancelPaymentRequest"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/risk-rules": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the risk rules of the key's mode, in evaluation order
         * @description The platform's default rules (docs/risk.md) run after these and are not listed.
         */
        get: operations["listRiskRules"];
        put?: never;
        /**
         * Add a risk rule at the end of the order
         * @description Conditions (all must hold), then an `action` (`allow`, `require_3ds`, `review`, `block`) and/or a `score` (0–100). A malformed rule answers 400 `parameter_invalid` naming the field (`conditions[0][windowMinutes]`) and nothing is stored.
         */
        post: operations["createRiskRule"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/risk-rules/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read a risk rule */
        get: operations["getRiskRule"];
        put?: never;
        /**
         * Change, enable or disable a risk rule
         * @description Send only the fields to change (`enabled: false` disables it; `action: null` leaves a score-only rule). The resulting rule is validated whole.
         */
        post: operations["updateRiskRule"];
        /** Delete a risk rule */
        delete: operations["deleteRiskRule"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/risk-rules/reorder": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Set the evaluation order of the risk rules
         * @description `ids` must name every rule of the mode exactly once; otherwise nothing changes.
         */
        post: operations["reorderRiskRules"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/subscriptions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List subscriptions, newest first */
        get: operations["listSubscriptions"];
        put?: never;
        /**
         * Bill a customer's saved card every interval
         * @description The card must be the customer's, with the shopper's consent and a first customer-initiated payment (the payment that saved it, or a one-click one): every charge is then merchant-initiated on the stored credential and names that payment (`initialTransactionId`). Without `trialDays` or a later `startDate`, the first period is charged before the answer. A period anchored on the 31st bills on the last day of shorter months. Failed charges are retried after 1, 3 and 5 days (the merchant's setting), then the subscription becomes `past_due`, then `canceled`.
         */
        post: operations["createSubscription"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/subscriptions/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read a subscription and its next charge */
        get: operations["getSubscription"];
        put?: never;
        /**
         * Change the amount or the card from the next charge
         * @description A new card must be the same customer's, with consent and a first payment. On a subscription whose charge failed or waits for a retry, a new card retries the amount due at once.
         */
        post: operations["updateSubscription"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/subscriptions/{id}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Cancel now, or at the end of the period paid */
        post: operations["cancelSubscription"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/subscriptions/{id}/card-update-link": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * A hosted page where the shopper pays the amount due with a new card, which then replaces the subscription's
         * @description Only while a charge is due (waiting for a retry, or past due). The answer is a payment request for the amount due, with `saveCard` and `subscriptionId`: send the shopper to its `url`. The page states that paying saves the card for the subscription's next charges; the payment (3-D Secure as the issuer asks) settles the amount due, and the subscription is `active` again.
         */
        post: operations["createCardUpdateLink"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/subscriptions/{id}/charges": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every period billed or queued: dates, amounts, attempts and outcomes */
        get: operations["listSubscriptionCharges"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/subscriptions/{id}/pause": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Pause billing: periods due while paused are not charged */
        post: operations["pauseSubscription"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/subscriptions/{id}/resume": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Resume a paused subscription at its next billing date */
        post: operations["resumeSubscription"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/test-clocks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create a test clock (test mode only)
         * @description Customers created with `testClockId` live at the clock's time: their subscriptions, instalments and delayed captures run when the clock is advanced.
         */
        post: operations["createTestClock"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/test-clocks/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read a test clock: its time, and `advancing` or `ready` */
        get: operations["getTestClock"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/test-clocks/{id}/advance": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Move a test clock forward, running everything that falls due, in date order
         * @description Every charge, retry and delayed capture of the clock's customers that falls due before `to` runs at its own date. The clock reads `advancing` meanwhile (another advance is refused with `test_clock_advancing`) and answers `ready` at `to`.
         */
        post: operations["advanceTestClock"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/transactions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List and filter transactions, newest first
         * @description Filters combine with AND. Cursor pagination: pass the last id you received as `startingAfter` while `hasMore` is true.
         */
        get: operations["listTransactions"];
        put?: never;
        /**
         * Charge a card token, a saved card or an earlier payment's card
         * @description Exactly one source: `cardTokenId` (consumed), `customerId` + `cardId` (saved card; `initiatedBy: merchant` for recurring, without 3-D Secure, only on a card with the shopper's recorded `consent` and after a first customer-initiated payment with it, else 409 `merchant_initiated_not_allowed`), or `sourceTransactionId`. When 3-D Secure needs a challenge the answer is `status: requires_action` with a `clientSecret`: pass it to token.js `Jeton.handleNextAction(clientSecret)`. A refusal is recorded and answered 402 `card_declined` with `declineCode` and `transactionId`.
         */
        post: operations["createTransaction"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/transactions/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read a transaction with its refunds, 3-D Secure outcome and timeline */
        get: operations["getTransaction"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/transactions/{id}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Cancel an authorized or captured transaction before settlement */
        post: operations["cancelTransaction"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/transactions/{id}/capture": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Capture all or part of a manual-capture authorization
         * @description Within 7 days of the authorization. Without `amount`, the whole authorization; an empty body is allowed.
         */
        post: operations["captureTransaction"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/transactions/{id}/refunds": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List a transaction's refunds, oldest first */
        get: operations["listRefunds"];
        put?: never;
        /**
         * Refund all or part of a settled transaction
         * @description Never more than what remains, even under concurrent requests. Without `amount`, everything that remains; an empty body is allowed.
         */
        post: operations["createRefund"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/transactions/{id}/status": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A transaction's outcome, for token.js after a challenge
         * @description No API key: the `client_secret` from the creation answer is the credential. From a browser, the Origin must be registered for the merchant. Never returns the card or the amounts.
         */
        get: operations["getTransactionStatus"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/webhook-endpoints": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the webhook endpoints of the key's mode
         * @description `metadata[key]=value` lists only the endpoints whose metadata holds every pair given.
         */
        get: operations["listWebhookEndpoints"];
        put?: never;
        /**
         * Register a URL to receive events
         * @description The answer carries the endpoint's `whsec_` signing secret; it is shown in full only here.
         */
        post: operations["createWebhookEndpoint"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/webhook-endpoints/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read a webhook endpoint */
        get: operations["getWebhookEndpoint"];
        put?: never;
        post?: never;
        /**
         * Delete a webhook endpoint
         * @description Events stop being sent there; its pending deliveries are dropped.
         */
        delete: operations["deleteWebhookEndpoint"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export interface webhooks {
    "customer.card.deleted": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** The `customer.card.deleted` event */
        post: operations["webhook_customer_card_deleted"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "customer.card.saved": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** The `customer.card.saved` event */
        post: operations["webhook_customer_card_saved"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "customer.created": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** The `customer.created` event */
        post: operations["webhook_customer_created"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "customer.deleted": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** The `customer.deleted` event */
        post: operations["webhook_customer_deleted"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "installment_plan.charge_failed": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** The `installment_plan.charge_failed` event */
        post: operations["webhook_installment_plan_charge_failed"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "installment_plan.charge_succeeded": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** The `installment_plan.charge_succeeded` event */
        post: operations["webhook_installment_plan_charge_succeeded"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "installment_plan.completed": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** The `installment_plan.completed` event */
        post: operations["webhook_installment_plan_completed"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "installment_plan.created": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** The `installment_plan.created` event */
        post: operations["webhook_installment_plan_created"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "installment_plan.defaulted": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** The `installment_plan.defaulted` event */
        post: operations["webhook_installment_plan_defaulted"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "merchant.decline_rate_spike": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** The `merchant.decline_rate_spike` event */
        post: operations["webhook_merchant_decline_rate_spike"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "message.failed": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** The `message.failed` event */
        post: operations["webhook_message_failed"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "message.sent": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** The `message.sent` event */
        post: operations["webhook_message_sent"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "payment_request.canceled": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** The `payment_request.canceled` event */
        post: operations["webhook_payment_request_canceled"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "payment_request.expired": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** The `payment_request.expired` event */
        post: operations["webhook_payment_request_expired"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "payment_request.failed": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** The `payment_request.failed` event */
        post: operations["webhook_payment_request_failed"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "payment_request.succeeded": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** The `payment_request.succeeded` event */
        post: operations["webhook_payment_request_succeeded"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "refund.created": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** The `refund.created` event */
        post: operations["webhook_refund_created"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "review.closed": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** The `review.closed` event */
        post: operations["webhook_review_closed"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "review.opened": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** The `review.opened` event */
        post: operations["webhook_review_opened"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "subscription.canceled": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** The `subscription.canceled` event */
        post: operations["webhook_subscription_canceled"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "subscription.charge_failed": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** The `subscription.charge_failed` event */
        post: operations["webhook_subscription_charge_failed"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "subscription.charge_succeeded": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** The `subscription.charge_succeeded` event */
        post: operations["webhook_subscription_charge_succeeded"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "subscription.created": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** The `subscription.created` event */
        post: operations["webhook_subscription_created"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "subscription.past_due": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** The `subscription.past_due` event */
        post: operations["webhook_subscription_past_due"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "subscription.updated": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** The `subscription.updated` event */
        post: operations["webhook_subscription_updated"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "transaction.authentication_failed": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** The `transaction.authentication_failed` event */
        post: operations["webhook_transaction_authentication_failed"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "transaction.authorized": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** The `transaction.authorized` event */
        post: operations["webhook_transaction_authorized"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "transaction.blocked": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** The `transaction.blocked` event */
        post: operations["webhook_transaction_blocked"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "transaction.canceled": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** The `transaction.canceled` event */
        post: operations["webhook_transaction_canceled"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "transaction.captured": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** The `transaction.captured` event */
        post: operations["webhook_transaction_captured"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "transaction.declined": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** The `transaction.declined` event */
        post: operations["webhook_transaction_declined"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "transaction.expired": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** The `transaction.expired` event */
        post: operations["webhook_transaction_expired"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "transaction.partially_refunded": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** The `transaction.partially_refunded` event */
        post: operations["webhook_transaction_partially_refunded"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "transaction.refunded": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** The `transaction.refunded` event */
        post: operations["webhook_transaction_refunded"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "transaction.requires_action": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** The `transaction.requires_action` event */
        post: operations["webhook_transaction_requires_action"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "transaction.settled": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** The `transaction.settled` event */
        post: operations["webhook_transaction_settled"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "webhook.test": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** The `webhook.test` event */
        post: operations["webhook_webhook_test"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export interface components {
    schemas: {
        Card: {
            bin: string;
            brand: string;
            /** @description The shopper's consent to merchant-initiated charges: when and how; null: none recorded, such charges are refused. */
            consent: {
                method: string;
                /** Format: date-time */
                obtainedAt: string;
            } | null;
            /** Format: date-time */
            createdAt: string;
            customerId: string;
            deletedAt: string | null;
            expMonth: number;
            expYear: number;
            holderName: string | null;
            id: string;
            last4: string;
            /**
             * @description `test` or `live`: the mode of the key that made it.
             * @enum {string}
             */
            mode: "test" | "live";
            /** @constant */
            object: "card";
        };
        CardList: {
            data: components["schemas"]["Card"][];
            hasMore: boolean;
            /** @description Pass it as `startingAfter` for the next page; null on the last page. */
            nextCursor: string | null;
            /** @constant */
            object: "list";
        };
        CardSummary: {
            bin: string;
            brand: string;
            expMonth: number;
            expYear: number;
            last4: string;
        };
        CardToken: {
            card: components["schemas"]["CardSummary"];
            cardTokenId: string;
            /** Format: date-time */
            expiresAt: string;
        };
        CardTokenWithStatus: {
            card: components["schemas"]["CardSummary"];
            cardTokenId: string;
            /** Format: date-time */
            expiresAt: string;
            /** @enum {string} */
            status: "active" | "used" | "expired";
        };
        CreatedTransaction: {
            /** @description In the currency's minor unit (2500 is 25.00 EUR). */
            amount: number;
            authorizationCode: string | null;
            authorizedAt: string | null;
            /** @description `captureMode: "delayed"`: when it is captured unless captured or canceled before. */
            autoCaptureAt: string | null;
            /** @description The period (0-based) or instalment it pays for. */
            billingPeriod: number | null;
            canceledAt: string | null;
            /** @description In the currency's minor unit (2500 is 25.00 EUR). */
            capturedAmount: number;
            capturedAt: string | null;
            /** @enum {string} */
            captureMode: "automatic" | "manual" | "delayed";
            card: components["schemas"]["CardSummary"];
            /** @description A saved-card payment: the card charged. */
            cardId: string | null;
            /**
             * @description `hosted` (payment page) or `api` (POST /api/v1/transactions).
             * @enum {string}
             */
            channel: "hosted" | "api";
            /** @description With `status: requires_action`: pass it to token.js `Jeton.handleNextAction(clientSecret)`. */
            clientSecret?: string;
            /** Format: date-time */
            createdAt: string;
            /** @description ISO 4217, upper case. */
            currency: string;
            customerEmail: string | null;
            /** @description A saved-card payment: the customer charged. */
            customerId: string | null;
            declineCode: string | null;
            description: string | null;
            id: string;
            /** @description A merchant-initiated charge: the customer-initiated payment whose stored credential it uses. */
            initialTransactionId: string | null;
            /**
             * @description `merchant` for a merchant-initiated (recurring) charge, without the shopper and without 3-D Secure.
             * @enum {string}
             */
            initiatedBy: "customer" | "merchant";
            /** @description An instalment: its plan. */
            installmentPlanId: string | null;
            merchantReference: string | null;
            /** @description Your own key → value strings, as you gave them. */
            metadata: {
                [key: string]: string;
            };
            /**
             * @description `test` or `live`: the mode of the key that made it.
             * @enum {string}
             */
            mode: "test" | "live";
            nextAction?: {
                /** @constant */
                type: "three_ds_challenge";
            };
            /** @constant */
            object: "transaction";
            paymentRequestId: string | null;
            /** @description In the currency's minor unit (2500 is 25.00 EUR). */
            refundedAmount: number;
            responseCode: string | null;
            /** @description The risk assessment before authorization (score, outcome, rules fired, review); null for payments from before the risk engine. */
            risk: components["schemas"]["TransactionRisk"] | null;
            settledAt: string | null;
            /** @description The settlement cut-off that settled it (`stl_…`). */
            settlementId: string | null;
            /** @description A duplicate: the earlier transaction whose card was charged again. */
            sourceTransactionId: string | null;
            /** @enum {string} */
            status: "requires_action" | "authorized" | "captured" | "settled" | "partially_refunded" | "refunded" | "canceled" | "declined" | "authentication_failed" | "blocked" | "expired";
            /** @description Charged from stored credentials (saved card or duplicate), without CVC. */
            storedCredential: boolean;
            /** @description A scheduler charge: the subscription it bills. */
            subscriptionId: string | null;
            threeDs: components["schemas"]["ThreeDsOutcome"] | null;
        };
        CreatedWebhookEndpoint: {
            /** Format: date-time */
            createdAt: string;
            description: string | null;
            /** @description Event types delivered; null means all. */
            eventTypes: string[] | null;
            id: string;
            /** @description Your own key → value strings, as you gave them. */
            metadata: {
                [key: string]: string;
            };
            /**
             * @description `test` or `live`: the mode of the key that made it.
             * @enum {string}
             */
            mode: "test" | "live";
            /** @constant */
            object: "webhook_endpoint";
            /** @description `whsec_…`, in full only here. */
            secret: string;
            url: string;
        };
        Customer: {
            /** Format: date-time */
            createdAt: string;
            deletedAt: string | null;
            description: string | null;
            email: string | null;
            id: string;
            merchantReference: string | null;
            /** @description Your own key → value strings, as you gave them. */
            metadata: {
                [key: string]: string;
            };
            /**
             * @description `test` or `live`: the mode of the key that made it.
             * @enum {string}
             */
            mode: "test" | "live";
            name: string | null;
            /** @constant */
            object: "customer";
            /** @description Test mode: the test clock its subscriptions, instalment plans and delayed captures follow. */
            testClockId: string | null;
        };
        CustomerList: {
            data: components["schemas"]["Customer"][];
            hasMore: boolean;
            /** @description Pass it as `startingAfter` for the next page; null on the last page. */
            nextCursor: string | null;
            /** @constant */
            object: "list";
        };
        CustomerWithCards: {
            cards: components["schemas"]["Card"][];
            /** Format: date-time */
            createdAt: string;
            deletedAt: string | null;
            description: string | null;
            email: string | null;
            id: string;
            merchantReference: string | null;
            /** @description Your own key → value strings, as you gave them. */
            metadata: {
                [key: string]: string;
            };
            /**
             * @description `test` or `live`: the mode of the key that made it.
             * @enum {string}
             */
            mode: "test" | "live";
            name: string | null;
            /** @constant */
            object: "customer";
            /** @description Test mode: the test clock its subscriptions, instalment plans and delayed captures follow. */
            testClockId: string | null;
        };
        DeletedRiskRule: {
            /** @constant */
            deleted: true;
            id: string;
            /** @constant */
            object: "risk_rule";
        };
        DeletedWebhookEndpoint: {
            /** @constant */
            deleted: true;
            id: string;
            /** @constant */
            object: "webhook_endpoint";
        };
        Error: {
            error: {
                /** @description For `challenge_required`: the proof of work to solve before trying again. */
                challenge?: components["schemas"]["ProofOfWorkChallenge"];
                /**
                 * @description Branch on this; the catalog is closed (docs/errors.md).
                 * @enum {string}
                 */
                code: "invalid_json" | "parameter_invalid" | "body_too_large" | "body_unreadable" | "unsupported_media_type" | "authentication_required" | "invalid_api_key" | "wrong_key_kind" | "origin_not_allowed" | "rate_limited" | "too_many_attempts" | "challenge_required" | "resource_not_found" | "card_token_used" | "card_token_expired" | "invalid_number" | "invalid_expiry_month" | "invalid_expiry_year" | "expired_card" | "invalid_cvc" | "idempotency_error" | "idempotency_key_in_use" | "return_url_not_allowed" | "webhook_url_not_allowed" | "payment_request_not_open" | "payment_request_attempts_exhausted" | "invalid_state_transition" | "challenge_closed" | "challenge_expired" | "transaction_not_capturable" | "capture_exceeds_authorized" | "transaction_not_cancelable" | "transaction_not_refundable" | "refund_exceeds_remaining" | "card_not_chargeable" | "source_transaction_not_reusable" | "card_declined" | "invalid_client_secret" | "acquirer_unavailable" | "live_mode_unavailable" | "merchant_initiated_not_allowed" | "test_mode_only" | "test_clock_advancing" | "risk_rules_limit_reached" | "review_not_open" | "session_required" | "permission_denied" | "csrf_token_invalid" | "invalid_credentials" | "invalid_totp_code" | "account_locked" | "email_taken" | "last_owner_required" | "message_limit_exceeded" | "method_not_allowed" | "internal_error";
                /** @description For `card_declined`: the acquirer's reason. */
                declineCode?: string;
                /** @description For people; may change. Branch on `code`. */
                message: string;
                /** @description The parameter at fault, `card[number]` style for nested ones. */
                param?: string;
                /** @description For `card_declined`: the declined transaction, which exists and can be retrieved. */
                transactionId?: string;
                /** @enum {string} */
                type: "invalid_request_error" | "authentication_error" | "rate_limit_error" | "card_error" | "idempotency_error" | "api_error" | "permission_error";
            };
        };
        Event: {
            /** Format: date-time */
            createdAt: string;
            data: {
                [key: string]: unknown;
            };
            id: string;
            /**
             * @description `test` or `live`: the mode of the key that made it.
             * @enum {string}
             */
            mode: "test" | "live";
            /** @constant */
            object: "event";
            objectId: string;
            type: string;
        };
        EventList: {
            data: components["schemas"]["Event"][];
            hasMore: boolean;
            /** @description Pass it as `startingAfter` for the next page; null on the last page. */
            nextCursor: string | null;
            /** @constant */
            object: "list";
        };
        Health: {
            /** @enum {string} */
            status: "ok" | "unavailable";
        };
        InstallmentPlan: {
            cardId: string;
            count: number;
            /** Format: date-time */
            createdAt: string;
            /** @description ISO 4217, upper case. */
            currency: string;
            customerId: string;
            id: string;
            initialTransactionId: string | null;
            installments: components["schemas"]["RecurringCharge"][];
            /** @enum {string} */
            interval: "month" | "week";
            merchantReference: string | null;
            /**
             * @description `test` or `live`: the mode of the key that made it.
             * @enum {string}
             */
            mode: "test" | "live";
            /** @constant */
            object: "installment_plan";
            paymentRequestId: string | null;
            /** @enum {string} */
            status: "active" | "completed" | "defaulted" | "canceled";
            testClockId: string | null;
            /** @description In the currency's minor unit (2500 is 25.00 EUR). */
            totalAmount: number;
        };
        JsonWebKeySet: {
            keys: ({
                /** @constant */
                alg: "ES256";
                /** @constant */
                crv: "P-256";
                kid: string;
                /** @constant */
                kty: "EC";
                /** @constant */
                use: "sig";
                x: string;
                y: string;
            } & {
                [key: string]: unknown;
            })[];
        };
        MerchantAlert: {
            /** @description Payments attempted in the window. */
            attempts: number;
            /** Format: date-time */
            createdAt: string;
            /** @description declines / attempts, in percent, one decimal. */
            declineRate: number;
            /** @description How many of them were refused (declined, blocked, failed authentication). */
            declines: number;
            id: string;
            /** @constant */
            kind: "decline_rate_spike";
            /**
             * @description `test` or `live`: the mode of the key that made it.
             * @enum {string}
             */
            mode: "test" | "live";
            /** @constant */
            object: "merchant_alert";
            /**
             * Format: date-time
             * @description The window's end (excluded).
             */
            windowEnd: string;
            /**
             * Format: date-time
             * @description The fixed window the rate was measured over (start, included).
             */
            windowStart: string;
        };
        Message: {
            attempts: number;
            /** @enum {string} */
            channel: "email" | "sms";
            /** Format: date-time */
            createdAt: string;
            errorClass: string | null;
            id: string;
            /** @enum {string} */
            locale: "fr" | "en" | "ar";
            /**
             * @description `test` or `live`: the mode of the key that made it.
             * @enum {string}
             */
            mode: "test" | "live";
            nextAttemptAt: string | null;
            /** @constant */
            object: "message";
            paymentRequestId: string | null;
            recipient: string;
            reminderStep: number | null;
            sentAt: string | null;
            /** @enum {string} */
            status: "queued" | "sent" | "failed" | "canceled";
            /** @enum {string} */
            template: "payment_request" | "reminder" | "receipt" | "refund_receipt" | "payment_confirmation" | "daily_digest";
        };
        PaymentRequest: {
            /** @description In the currency's minor unit (2500 is 25.00 EUR). */
            amount: number;
            attempts: number;
            cancelUrl: string | null;
            /** @description `captureMode: "delayed"`: days before the automatic capture. */
            captureDelayDays: number | null;
            /** @enum {string} */
            captureMode: "automatic" | "manual" | "delayed";
            /** @description With saveCard, once succeeded: the saved card. */
            cardId: string | null;
            cardTokenId: string | null;
            completedAt: string | null;
            /** Format: date-time */
            createdAt: string;
            /** @description ISO 4217, upper case. */
            currency: string;
            customerEmail: string | null;
            /** @description With saveCard: the customer the card is (to be) saved for. */
            customerId: string | null;
            description: string | null;
            /** @description The same page for an iframe on a registered origin. */
            embedUrl: string;
            /** Format: date-time */
            expiresAt: string;
            id: string;
            /** @description Once the first instalment is paid: the plan (GET /api/v1/installment-plans/{id}). */
            installmentPlanId: string | null;
            /** @description Payment in instalments: the count, the interval and each amount (the first is paid on the page). */
            installments: {
                amounts: number[];
                count: number;
                /** @enum {string} */
                interval: "month" | "week";
            } | null;
            /** @enum {string} */
            intent: "payment" | "tokenize";
            locale: ("fr" | "en" | "ar") | null;
            maxAttempts: number;
            merchantReference: string | null;
            /** @description On create and on GET: the messages sent about the request (Push & Pay, reminders, receipts), with their status. */
            messages?: components["schemas"]["Message"][];
            /** @description Your own key → value strings, as you gave them. */
            metadata: {
                [key: string]: string;
            };
            /**
             * @description `test` or `live`: the mode of the key that made it.
             * @enum {string}
             */
            mode: "test" | "live";
            /** @constant */
            object: "payment_request";
            /** @description The payment page's address as an SVG QR code, to print or show on a screen. */
            qrCodeUrl: string;
            returnUrl: string | null;
            saveCard: boolean;
            /** @enum {string} */
            status: "open" | "succeeded" | "failed" | "canceled" | "expired";
            /** @description A card-update link: the subscription whose card this payment replaces. */
            subscriptionId: string | null;
            transactionId: string | null;
            /** @description The hosted payment page: redirect the shopper here. */
            url: string;
        };
        PaymentRequestList: {
            data: components["schemas"]["PaymentRequest"][];
            hasMore: boolean;
            /** @description Pass it as `startingAfter` for the next page; null on the last page. */
            nextCursor: string | null;
            /** @constant */
            object: "list";
        };
        ProofOfWorkChallenge: {
            /** @description `SHA-256`. */
            algorithm: string;
            /** @description The hex SHA-256 digest to reproduce. */
            challenge: string;
            /** @description The largest number to try. */
            maxnumber?: number;
            /** @description Prefix of the hashed text; carries the challenge's expiry (`?expires=`). */
            salt: string;
            /** @description The platform's HMAC of the challenge: send it back unchanged. */
            signature: string;
        };
        Readiness: {
            /** @enum {string} */
            status: "ready" | "draining" | "unavailable";
        };
        RecurringCharge: {
            amount: number | null;
            attempts: number;
            /** @description ISO 4217, upper case. */
            currency: string;
            id: string;
            lastDeclineCode: string | null;
            lastTransactionId: string | null;
            nextAttemptAt: string | null;
            /** @constant */
            object: "recurring_charge";
            period: number;
            periodEnd: string | null;
            /** Format: date-time */
            periodStart: string;
            /** @enum {string} */
            status: "scheduled" | "retrying" | "succeeded" | "failed" | "skipped";
        };
        RecurringChargeEvent: {
            charge: components["schemas"]["RecurringCharge"];
            installmentPlanId?: string;
            subscriptionId?: string;
            transaction: components["schemas"]["Transaction"] | null;
        };
        RecurringChargeList: {
            data: components["schemas"]["RecurringCharge"][];
            hasMore: boolean;
            /** @description Pass it as `startingAfter` for the next page; null on the last page. */
            nextCursor: string | null;
            /** @constant */
            object: "list";
        };
        Refund: {
            /** @description In the currency's minor unit (2500 is 25.00 EUR). */
            amount: number;
            /** Format: date-time */
            createdAt: string;
            /** @description ISO 4217, upper case. */
            currency: string;
            description: string | null;
            id: string;
            /** @description Your own key → value strings, as you gave them. */
            metadata: {
                [key: string]: string;
            };
            /**
             * @description `test` or `live`: the mode of the key that made it.
             * @enum {string}
             */
            mode: "test" | "live";
            /** @constant */
            object: "refund";
            reason: string | null;
            /** @enum {string} */
            status: "succeeded" | "failed";
            transactionId: string;
        };
        RefundList: {
            data: components["schemas"]["Refund"][];
            hasMore: boolean;
            /** @description Pass it as `startingAfter` for the next page; null on the last page. */
            nextCursor: string | null;
            /** @constant */
            object: "list";
        };
        RefundWithTransaction: {
            /** @description In the currency's minor unit (2500 is 25.00 EUR). */
            amount: number;
            /** Format: date-time */
            createdAt: string;
            /** @description ISO 4217, upper case. */
            currency: string;
            description: string | null;
            id: string;
            /** @description Your own key → value strings, as you gave them. */
            metadata: {
                [key: string]: string;
            };
            /**
             * @description `test` or `live`: the mode of the key that made it.
             * @enum {string}
             */
            mode: "test" | "live";
            /** @constant */
            object: "refund";
            reason: string | null;
            /** @enum {string} */
            status: "succeeded" | "failed";
            transaction: components["schemas"]["Transaction"];
            transactionId: string;
        };
        /** @description A risk rule that fired, and what each of its conditions saw. */
        RiskFiredRule: {
            action: ("allow" | "require_3ds" | "review" | "block") | null;
            id: string;
            name: string;
            score: number;
            signals: {
                [key: string]: unknown;
            }[];
        };
        /** @description The review of a payment held by the risk engine. */
        RiskReview: {
            expiresAt: string | null;
            /** @enum {string} */
            status: "open" | "approved" | "rejected" | "expired";
        };
        RiskRule: {
            action: ("allow" | "require_3ds" | "review" | "block") | null;
            conditions: ({
                atLeast: number;
                currency?: string;
                /** @enum {string} */
                metric: "attempts" | "declines" | "distinct_cards" | "amount";
                /** @enum {string} */
                per: "card" | "ip" | "email" | "customer" | "device_session" | "payment_request" | "merchant";
                /** @constant */
                type: "velocity";
                windowMinutes: number;
            } | {
                currency: string;
                over: number;
                /** @enum {string} */
                scope: "transaction" | "card_per_day";
                /** @constant */
                type: "amount";
            } | {
                in?: string[];
                notIn?: string[];
                /** @constant */
                type: "card_country";
            } | {
                in?: string[];
                notIn?: string[];
                /** @constant */
                type: "ip_country";
            } | {
                /** @constant */
                type: "country_mismatch";
            } | {
                in: ("visa" | "mastercard" | "amex" | "cb" | "discover" | "jcb" | "diners" | "unionpay" | "maestro")[];
                /** @constant */
                type: "card_brand";
            } | {
                in: ("credit" | "debit" | "prepaid")[];
                /** @constant */
                type: "card_funding";
            } | {
                /** @constant */
                type: "card_first_seen";
            } | {
                /** @enum {string} */
                result: "no_liability_shift" | "not_authenticated";
                /** @constant */
                type: "three_ds";
            })[];
            /** Format: date-time */
            createdAt: string;
            enabled: boolean;
            id: string;
            /**
             * @description `test` or `live`: the mode of the key that made it.
             * @enum {string}
             */
            mode: "test" | "live";
            name: string;
            /** @constant */
            object: "risk_rule";
            position: number;
            score: number;
            /** Format: date-time */
            updatedAt: string;
        };
        RiskRuleList: {
            data: components["schemas"]["RiskRule"][];
            hasMore: boolean;
            /** @description Pass it as `startingAfter` for the next page; null on the last page. */
            nextCursor: string | null;
            /** @constant */
            object: "list";
        };
        Subscription: {
            /** @description In the currency's minor unit (2500 is 25.00 EUR). */
            amount: number;
            /** Format: date-time */
            billingAnchor: string;
            cancelAtPeriodEnd: boolean;
            canceledAt: string | null;
            cardId: string;
            /** Format: date-time */
            createdAt: string;
            /** @description ISO 4217, upper case. */
            currency: string;
            currentPeriod: number | null;
            currentPeriodEnd: string | null;
            currentPeriodStart: string | null;
            customerId: string;
            description: string | null;
            endAfterCycles: number | null;
            endAt: string | null;
            id: string;
            initialTransactionId: string | null;
            /** @enum {string} */
            interval: "day" | "week" | "month" | "year";
            intervalCount: number;
            merchantReference: string | null;
            /** @description Your own key → value strings, as you gave them. */
            metadata: {
                [key: string]: string;
            };
            /**
             * @description `test` or `live`: the mode of the key that made it.
             * @enum {string}
             */
            mode: "test" | "live";
            nextCharge: components["schemas"]["RecurringCharge"] | null;
            /** @constant */
            object: "subscription";
            pausedAt: string | null;
            /** @enum {string} */
            status: "trialing" | "active" | "past_due" | "paused" | "canceled" | "completed";
            testClockId: string | null;
            trialEnd: string | null;
        };
        SubscriptionList: {
            data: components["schemas"]["Subscription"][];
            hasMore: boolean;
            /** @description Pass it as `startingAfter` for the next page; null on the last page. */
            nextCursor: string | null;
            /** @constant */
            object: "list";
        };
        TestClock: {
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            frozenTime: string;
            id: string;
            /**
             * @description Test clocks exist in test mode only.
             * @constant
             */
            mode: "test";
            name: string | null;
            /** @constant */
            object: "test_clock";
            /** @enum {string} */
            status: "ready" | "advancing";
        };
        /** @description The 3-D Secure outcome (never the authentication value). */
        ThreeDsOutcome: {
            challenged: boolean;
            eci?: string;
            liabilityShift: boolean;
            transStatus: string;
            version: string;
        };
        TimelineEntry: {
            /** Format: date-time */
            at: string;
            /** @description What the event is about: the transaction, or for `refund.*` the refund (one of `refunds`). */
            objectId: string;
            type: string;
        };
        Transaction: {
            /** @description In the currency's minor unit (2500 is 25.00 EUR). */
            amount: number;
            authorizationCode: string | null;
            authorizedAt: string | null;
            /** @description `captureMode: "delayed"`: when it is captured unless captured or canceled before. */
            autoCaptureAt: string | null;
            /** @description The period (0-based) or instalment it pays for. */
            billingPeriod: number | null;
            canceledAt: string | null;
            /** @description In the currency's minor unit (2500 is 25.00 EUR). */
            capturedAmount: number;
            capturedAt: string | null;
            /** @enum {string} */
            captureMode: "automatic" | "manual" | "delayed";
            card: components["schemas"]["CardSummary"];
            /** @description A saved-card payment: the card charged. */
            cardId: string | null;
            /**
             * @description `hosted` (payment page) or `api` (POST /api/v1/transactions).
             * @enum {string}
             */
            channel: "hosted" | "api";
            /** Format: date-time */
            createdAt: string;
            /** @description ISO 4217, upper case. */
            currency: string;
            customerEmail: string | null;
            /** @description A saved-card payment: the customer charged. */
            customerId: string | null;
            declineCode: string | null;
            description: string | null;
            id: string;
            /** @description A merchant-initiated charge: the customer-initiated payment whose stored credential it uses. */
            initialTransactionId: string | null;
            /**
             * @description `merchant` for a merchant-initiated (recurring) charge, without the shopper and without 3-D Secure.
             * @enum {string}
             */
            initiatedBy: "customer" | "merchant";
            /** @description An instalment: its plan. */
            installmentPlanId: string | null;
            merchantReference: string | null;
            /** @description Your own key → value strings, as you gave them. */
            metadata: {
                [key: string]: string;
            };
            /**
             * @description `test` or `live`: the mode of the key that made it.
             * @enum {string}
             */
            mode: "test" | "live";
            /** @constant */
            object: "transaction";
            paymentRequestId: string | null;
            /** @description In the currency's minor unit (2500 is 25.00 EUR). */
            refundedAmount: number;
            responseCode: string | null;
            /** @description The risk assessment before authorization (score, outcome, rules fired, review); null for payments from before the risk engine. */
            risk: components["schemas"]["TransactionRisk"] | null;
            settledAt: string | null;
            /** @description The settlement cut-off that settled it (`stl_…`). */
            settlementId: string | null;
            /** @description A duplicate: the earlier transaction whose card was charged again. */
            sourceTransactionId: string | null;
            /** @enum {string} */
            status: "requires_action" | "authorized" | "captured" | "settled" | "partially_refunded" | "refunded" | "canceled" | "declined" | "authentication_failed" | "blocked" | "expired";
            /** @description Charged from stored credentials (saved card or duplicate), without CVC. */
            storedCredential: boolean;
            /** @description A scheduler charge: the subscription it bills. */
            subscriptionId: string | null;
            threeDs: components["schemas"]["ThreeDsOutcome"] | null;
        };
        TransactionDetail: {
            /** @description In the currency's minor unit (2500 is 25.00 EUR). */
            amount: number;
            authorizationCode: string | null;
            authorizedAt: string | null;
            /** @description `captureMode: "delayed"`: when it is captured unless captured or canceled before. */
            autoCaptureAt: string | null;
            /** @description The period (0-based) or instalment it pays for. */
            billingPeriod: number | null;
            canceledAt: string | null;
            /** @description In the currency's minor unit (2500 is 25.00 EUR). */
            capturedAmount: number;
            capturedAt: string | null;
            /** @enum {string} */
            captureMode: "automatic" | "manual" | "delayed";
            card: components["schemas"]["CardSummary"];
            /** @description A saved-card payment: the card charged. */
            cardId: string | null;
            /**
             * @description `hosted` (payment page) or `api` (POST /api/v1/transactions).
             * @enum {string}
             */
            channel: "hosted" | "api";
            /** Format: date-time */
            createdAt: string;
            /** @description ISO 4217, upper case. */
            currency: string;
            customerEmail: string | null;
            /** @description A saved-card payment: the customer charged. */
            customerId: string | null;
            declineCode: string | null;
            description: string | null;
            id: string;
            /** @description A merchant-initiated charge: the customer-initiated payment whose stored credential it uses. */
            initialTransactionId: string | null;
            /**
             * @description `merchant` for a merchant-initiated (recurring) charge, without the shopper and without 3-D Secure.
             * @enum {string}
             */
            initiatedBy: "customer" | "merchant";
            /** @description An instalment: its plan. */
            installmentPlanId: string | null;
            merchantReference: string | null;
            /** @description Your own key → value strings, as you gave them. */
            metadata: {
                [key: string]: string;
            };
            /**
             * @description `test` or `live`: the mode of the key that made it.
             * @enum {string}
             */
            mode: "test" | "live";
            /** @constant */
            object: "transaction";
            paymentRequestId: string | null;
            /** @description In the currency's minor unit (2500 is 25.00 EUR). */
            refundedAmount: number;
            refunds: components["schemas"]["Refund"][];
            responseCode: string | null;
            /** @description The risk assessment before authorization (score, outcome, rules fired, review); null for payments from before the risk engine. */
            risk: components["schemas"]["TransactionRisk"] | null;
            settledAt: string | null;
            /** @description The settlement cut-off that settled it (`stl_…`). */
            settlementId: string | null;
            /** @description A duplicate: the earlier transaction whose card was charged again. */
            sourceTransactionId: string | null;
            /** @enum {string} */
            status: "requires_action" | "authorized" | "captured" | "settled" | "partially_refunded" | "refunded" | "canceled" | "declined" | "authentication_failed" | "blocked" | "expired";
            /** @description Charged from stored credentials (saved card or duplicate), without CVC. */
            storedCredential: boolean;
            /** @description A scheduler charge: the subscription it bills. */
            subscriptionId: string | null;
            threeDs: components["schemas"]["ThreeDsOutcome"] | null;
            timeline: components["schemas"]["TimelineEntry"][];
        };
        TransactionList: {
            data: components["schemas"]["Transaction"][];
            hasMore: boolean;
            /** @description Pass it as `startingAfter` for the next page; null on the last page. */
            nextCursor: string | null;
            /** @constant */
            object: "list";
        };
        /** @description The risk assessment before authorization: score, outcome, the rules that fired and the review. */
        TransactionRisk: {
            /** Format: date-time */
            blacklistedAt?: string;
            cardCountry: string | null;
            cardFunding: string | null;
            /** Format: date-time */
            createdAt: string;
            id: string | null;
            ipCountry: string | null;
            /** @constant */
            object: "risk_assessment";
            /** @enum {string} */
            outcome: "allow" | "require_3ds" | "review" | "block";
            review: components["schemas"]["RiskReview"] | null;
            rule: string | null;
            rules: components["schemas"]["RiskFiredRule"][];
            score: number;
            sourceTransactionId?: string | null;
        };
        TransactionStatus: {
            /** @description While `requires_action`: when the challenge turns `expired` if nobody completes it. */
            actionExpiresAt: string | null;
            /** @description Shopper-safe: lost, stolen, fraud-suspected and blocked cards all read `card_declined`. */
            declineCode: string | null;
            id: string;
            /** @constant */
            object: "transaction_status";
            /**
             * @description A blocked payment reads `declined` here: the shopper learns no more.
             * @enum {string}
             */
            status: "requires_action" | "authorized" | "captured" | "settled" | "partially_refunded" | "refunded" | "canceled" | "declined" | "authentication_failed" | "expired";
        };
        WebhookAttempt: {
            /** Format: date-time */
            attemptedAt: string;
            durationMs: number;
            /** @description Why the attempt failed, as a class (null with a status code: the receiver answered). */
            error: ("timeout" | "connection_failed" | "tls_error" | "too_large" | "blocked_address" | "dns_failed") | null;
            statusCode: number | null;
        };
        WebhookDelivery: {
            attempts: number;
            /** Format: date-time */
            createdAt: string;
            endpointId: string;
            eventId: string;
            id: string;
            lastAttemptAt: string | null;
            lastStatusCode: number | null;
            nextAttemptAt: string | null;
            /** @constant */
            object: "webhook_delivery";
            /** @enum {string} */
            status: "pending" | "succeeded" | "failed";
        };
        WebhookDeliveryList: {
            data: components["schemas"]["WebhookDelivery"][];
            hasMore: boolean;
            /** @description Pass it as `startingAfter` for the next page; null on the last page. */
            nextCursor: string | null;
            /** @constant */
            object: "list";
        };
        WebhookDeliveryWithAttempts: {
            attemptLog: components["schemas"]["WebhookAttempt"][];
            attempts: number;
            /** Format: date-time */
            createdAt: string;
            endpointId: string;
            eventId: string;
            id: string;
            lastAttemptAt: string | null;
            lastStatusCode: number | null;
            nextAttemptAt: string | null;
            /** @constant */
            object: "webhook_delivery";
            /** @enum {string} */
            status: "pending" | "succeeded" | "failed";
            url: string;
        };
        WebhookDeliveryWithAttemptsList: {
            data: components["schemas"]["WebhookDeliveryWithAttempts"][];
            hasMore: boolean;
            /** @description Pass it as `startingAfter` for the next page; null on the last page. */
            nextCursor: string | null;
            /** @constant */
            object: "list";
        };
        WebhookEndpoint: {
            /** Format: date-time */
            createdAt: string;
            description: string | null;
            /** @description Event types delivered; null means all. */
            eventTypes: string[] | null;
            id: string;
            /** @description Your own key → value strings, as you gave them. */
            metadata: {
                [key: string]: string;
            };
            /**
             * @description `test` or `live`: the mode of the key that made it.
             * @enum {string}
             */
            mode: "test" | "live";
            /** @constant */
            object: "webhook_endpoint";
            url: string;
        };
        WebhookEndpointList: {
            data: components["schemas"]["WebhookEndpoint"][];
            hasMore: boolean;
            /** @description Pass it as `startingAfter` for the next page; null on the last page. */
            nextCursor: string | null;
            /** @constant */
            object: "list";
        };
        WebhookTest: {
            endpointId: string;
            message: string;
            /** @constant */
            object: "webhook_test";
            url: string;
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    getJwks: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A JSON Web Key Set (ES256 keys, by `kid`). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "keys": [
                     *         {
                     *           "kty": "EC",
                     *           "crv": "P-256",
                     *           "kid": "sig_2026-01",
                     *           "alg": "ES256",
                     *           "use": "sig",
                     *           "x": "…",
                     *           "y": "…"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/jwk-set+json": components["schemas"]["JsonWebKeySet"];
                };
            };
            /** @description `internal_error` */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getHealth: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Ready (503 with `status: unavailable` while not). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": "ok"
                     *     }
                     */
                    "application/json": components["schemas"]["Health"];
                };
            };
            /** @description `internal_error` */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Ready (503 with `status: unavailable` while not). */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Health"];
                };
            };
        };
    };
    getReadiness: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Ready (503 with `status: draining` after SIGTERM, or `unavailable` when the database does not answer). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": "ready"
                     *     }
                     */
                    "application/json": components["schemas"]["Readiness"];
                };
            };
            /** @description `internal_error` */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Ready (503 with `status: draining` after SIGTERM, or `unavailable` when the database does not answer). */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Readiness"];
                };
            };
        };
    };
    createCardToken: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "card": {
                 *         "number": "4242424242424242",
                 *         "expMonth": 12,
                 *         "expYear": 2030,
                 *         "cvc": "123",
                 *         "holder": "Ada Lovelace"
                 *       }
                 *     }
                 */
                "application/json": {
                    card: {
                        cvc: string;
                        expMonth: string | number;
                        expYear: string | number;
                        holder?: string;
                        number: string;
                    };
                    challengeSolution?: string;
                };
            };
        };
        responses: {
            /** @description The token and the card's public summary. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "cardTokenId": "ctok_Xb1Vq9Lm3Kz8Yw2Tn6Rs4P",
                     *       "card": {
                     *         "brand": "visa",
                     *         "last4": "4242",
                     *         "bin": "424242",
                     *         "expMonth": 12,
                     *         "expYear": 2030
                     *       },
                     *       "expiresAt": "2026-01-01T10:15:00.000Z"
                     *     }
                     */
                    "application/json": components["schemas"]["CardToken"];
                };
            };
            /** @description `invalid_json`, `parameter_invalid`, `body_unreadable` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `authentication_required`, `invalid_api_key`, `wrong_key_kind` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `invalid_number`, `invalid_expiry_month`, `invalid_expiry_year`, `expired_card`, `invalid_cvc` */
            402: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `origin_not_allowed` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `body_too_large` */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `unsupported_media_type` */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `challenge_required` */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `rate_limited`, `too_many_attempts` */
            429: {
                headers: {
                    /** @description Seconds to wait. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `internal_error` */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getCardToken: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The token. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "cardTokenId": "ctok_Xb1Vq9Lm3Kz8Yw2Tn6Rs4P",
                     *       "card": {
                     *         "brand": "visa",
                     *         "last4": "4242",
                     *         "bin": "424242",
                     *         "expMonth": 12,
                     *         "expYear": 2030
                     *       },
                     *       "expiresAt": "2026-01-01T10:15:00.000Z",
                     *       "status": "used"
                     *     }
                     */
                    "application/json": components["schemas"]["CardTokenWithStatus"];
                };
            };
            /** @description `authentication_required`, `invalid_api_key`, `wrong_key_kind` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `resource_not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `internal_error` */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listCustomers: {
        parameters: {
            query?: {
                email?: string;
                limit?: string;
                metadata?: {
                    [key: string]: string;
                };
                startingAfter?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of customers. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "object": "list",
                     *       "data": [
                     *         {
                     *           "id": "cus_Qw1Er2Ty3Ui4Op5As6Df7g",
                     *           "object": "customer",
                     *           "email": "ada@example.com",
                     *           "name": "Ada Lovelace",
                     *           "merchantReference": "user-42",
                     *           "testClockId": null,
                     *           "description": null,
                     *           "metadata": {
                     *             "crmId": "C-981"
                     *           },
                     *           "mode": "test",
                     *           "createdAt": "2026-01-01T10:00:00.000Z",
                     *           "deletedAt": null
                     *         }
                     *       ],
                     *       "hasMore": false,
                     *       "nextCursor": null
                     *     }
                     */
                    "application/json": components["schemas"]["CustomerList"];
                };
            };
            /** @description `parameter_invalid` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `authentication_required`, `invalid_api_key`, `wrong_key_kind` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `resource_not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `internal_error` */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    createCustomer: {
        parameters: {
            query?: never;
            header?: {
                /** @description Same key and body within 24 hours replays the first answer (with `Idempotent-Replayed: true`); another body is refused. */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "email": "ada@example.com",
                 *       "name": "Ada Lovelace",
                 *       "merchantReference": "user-42",
                 *       "cardTokenId": "ctok_Xb1Vq9Lm3Kz8Yw2Tn6Rs4P"
                 *     }
                 */
                "application/json": {
                    cardTokenId?: string;
                    consent?: {
                        /** @enum {string} */
                        method?: "api" | "online" | "in_person" | "phone" | "written";
                        /** Format: date-time */
                        obtainedAt?: string;
                    };
                    description?: string;
                    /** Format: email */
                    email?: string;
                    merchantReference?: string;
                    /** @description Your own key → value strings: at most 50 keys of 1–40 characters, values up to 500. */
                    metadata?: {
                        [key: string]: string;
                    };
                    name?: string;
                    testClockId?: string;
                };
            };
        };
        responses: {
            /** @description The customer with its cards. */
            201: {
                headers: {
                    /** @description `true` when this is a replayed answer. */
                    "Idempotent-Replayed"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "cus_Qw1Er2Ty3Ui4Op5As6Df7g",
                     *       "object": "customer",
                     *       "email": "ada@example.com",
                     *       "name": "Ada Lovelace",
                     *       "merchantReference": "user-42",
                     *       "testClockId": null,
                     *       "description": null,
                     *       "metadata": {
                     *         "crmId": "C-981"
                     *       },
                     *       "mode": "test",
                     *       "createdAt": "2026-01-01T10:00:00.000Z",
                     *       "deletedAt": null,
                     *       "cards": [
                     *         {
                     *           "id": "card_Hs2Jd8Kf4Lg6Mh1Nj3Pk5q",
                     *           "object": "card",
                     *           "customerId": "cus_Qw1Er2Ty3Ui4Op5As6Df7g",
                     *           "brand": "visa",
                     *           "bin": "424242",
                     *           "last4": "4242",
                     *           "expMonth": 12,
                     *           "expYear": 2030,
                     *           "holderName": "Ada Lovelace",
                     *           "mode": "test",
                     *           "createdAt": "2026-01-01T10:00:00.000Z",
                     *           "deletedAt": null,
                     *           "consent": {
                     *             "obtainedAt": "2026-01-01T10:00:00.000Z",
                     *             "method": "api"
                     *           }
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["CustomerWithCards"];
                };
            };
            /** @description `invalid_json`, `parameter_invalid`, `body_unreadable`, `test_mode_only` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `authentication_required`, `invalid_api_key`, `wrong_key_kind` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `resource_not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `idempotency_error`, `idempotency_key_in_use`, `card_token_used` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `card_token_expired` */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `body_too_large` */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `unsupported_media_type` */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `internal_error` */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getCustomer: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The customer. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "cus_Qw1Er2Ty3Ui4Op5As6Df7g",
                     *       "object": "customer",
                     *       "email": "ada@example.com",
                     *       "name": "Ada Lovelace",
                     *       "merchantReference": "user-42",
                     *       "testClockId": null,
                     *       "description": null,
                     *       "metadata": {
                     *         "crmId": "C-981"
                     *       },
                     *       "mode": "test",
                     *       "createdAt": "2026-01-01T10:00:00.000Z",
                     *       "deletedAt": null,
                     *       "cards": [
                     *         {
                     *           "id": "card_Hs2Jd8Kf4Lg6Mh1Nj3Pk5q",
                     *           "object": "card",
                     *           "customerId": "cus_Qw1Er2Ty3Ui4Op5As6Df7g",
                     *           "brand": "visa",
                     *           "bin": "424242",
                     *           "last4": "4242",
                     *           "expMonth": 12,
                     *           "expYear": 2030,
                     *           "holderName": "Ada Lovelace",
                     *           "mode": "test",
                     *           "createdAt": "2026-01-01T10:00:00.000Z",
                     *           "deletedAt": null,
                     *           "consent": {
                     *             "obtainedAt": "2026-01-01T10:00:00.000Z",
                     *             "method": "api"
                     *           }
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["CustomerWithCards"];
                };
            };
            /** @description `authentication_required`, `invalid_api_key`, `wrong_key_kind` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `resource_not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `internal_error` */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    deleteCustomer: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The deleted customer. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "cus_Qw1Er2Ty3Ui4Op5As6Df7g",
                     *       "object": "customer",
                     *       "email": "ada@example.com",
                     *       "name": "Ada Lovelace",
                     *       "merchantReference": "user-42",
                     *       "testClockId": null,
                     *       "description": null,
                     *       "metadata": {
                     *         "crmId": "C-981"
                     *       },
                     *       "mode": "test",
                     *       "createdAt": "2026-01-01T10:00:00.000Z",
                     *       "deletedAt": "2026-02-01T10:00:00.000Z"
                     *     }
                     */
                    "application/json": components["schemas"]["Customer"];
                };
            };
            /** @description `authentication_required`, `invalid_api_key`, `wrong_key_kind` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `resource_not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `internal_error` */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listCustomerCards: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The cards. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "object": "list",
                     *       "data": [
                     *         {
                     *           "id": "card_Hs2Jd8Kf4Lg6Mh1Nj3Pk5q",
                     *           "object": "card",
                     *           "customerId": "cus_Qw1Er2Ty3Ui4Op5As6Df7g",
                     *           "brand": "visa",
                     *           "bin": "424242",
                     *           "last4": "4242",
                     *           "expMonth": 12,
                     *           "expYear": 2030,
                     *           "holderName": "Ada Lovelace",
                     *           "mode": "test",
                     *           "createdAt": "2026-01-01T10:00:00.000Z",
                     *           "deletedAt": null,
                     *           "consent": {
                     *             "obtainedAt": "2026-01-01T10:00:00.000Z",
                     *             "method": "api"
                     *           }
                     *         }
                     *       ],
                     *       "hasMore": false,
                     *       "nextCursor": null
                     *     }
                     */
                    "application/json": components["schemas"]["CardList"];
                };
            };
            /** @description `authentication_required`, `invalid_api_key`, `wrong_key_kind` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `resource_not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `internal_error` */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    addCustomerCard: {
        parameters: {
            query?: never;
            header?: {
                /** @description Same key and body within 24 hours replays the first answer (with `Idempotent-Replayed: true`); another body is refused. */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "cardTokenId": "ctok_Xb1Vq9Lm3Kz8Yw2Tn6Rs4P",
                 *       "consent": {
                 *         "obtainedAt": "2026-01-01T09:58:00Z",
                 *         "method": "online"
                 *       }
                 *     }
                 */
                "application/json": {
                    cardTokenId: string;
                    consent?: {
                        /** @enum {string} */
                        method?: "api" | "online" | "in_person" | "phone" | "written";
                        /** Format: date-time */
                        obtainedAt?: string;
                    };
                };
            };
        };
        responses: {
            /** @description The saved card. */
            201: {
                headers: {
                    /** @description `true` when this is a replayed answer. */
                    "Idempotent-Replayed"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "card_Hs2Jd8Kf4Lg6Mh1Nj3Pk5q",
                     *       "object": "card",
                     *       "customerId": "cus_Qw1Er2Ty3Ui4Op5As6Df7g",
                     *       "brand": "visa",
                     *       "bin": "424242",
                     *       "last4": "4242",
                     *       "expMonth": 12,
                     *       "expYear": 2030,
                     *       "holderName": "Ada Lovelace",
                     *       "mode": "test",
                     *       "createdAt": "2026-01-01T10:00:00.000Z",
                     *       "deletedAt": null,
                     *       "consent": {
                     *         "obtainedAt": "2026-01-01T10:00:00.000Z",
                     *         "method": "api"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Card"];
                };
            };
            /** @description `invalid_json`, `parameter_invalid`, `body_unreadable` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `authentication_required`, `invalid_api_key`, `wrong_key_kind` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `resource_not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `idempotency_error`, `idempotency_key_in_use`, `card_token_used` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `card_token_expired` */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `body_too_large` */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `unsupported_media_type` */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `internal_error` */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    deleteCustomerCard: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                cardId: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The deleted card. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "card_Hs2Jd8Kf4Lg6Mh1Nj3Pk5q",
                     *       "object": "card",
                     *       "customerId": "cus_Qw1Er2Ty3Ui4Op5As6Df7g",
                     *       "brand": "visa",
                     *       "bin": "424242",
                     *       "last4": "4242",
                     *       "expMonth": 12,
                     *       "expYear": 2030,
                     *       "holderName": "Ada Lovelace",
                     *       "mode": "test",
                     *       "createdAt": "2026-01-01T10:00:00.000Z",
                     *       "deletedAt": "2026-02-01T10:00:00.000Z",
                     *       "consent": {
                     *         "obtainedAt": "2026-01-01T10:00:00.000Z",
                     *         "method": "api"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Card"];
                };
            };
            /** @description `authentication_required`, `invalid_api_key`, `wrong_key_kind` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `resource_not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `internal_error` */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listEvents: {
        parameters: {
            query?: {
                limit?: string;
                objectId?: string;
                startingAfter?: string;
                type?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of events. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "object": "list",
                     *       "data": [
                     *         {
                     *           "id": "evt_3kVb8YqJ2mN5pQ7rS9tU1w",
                     *           "object": "event",
                     *           "type": "payment_request.succeeded",
                     *           "mode": "test",
                     *           "objectId": "pr_8Zc2kQ1mW9yR4tUv7xYb0a",
                     *           "createdAt": "2026-01-01T10:02:00.000Z",
                     *           "data": {
                     *             "id": "pr_8Zc2kQ1mW9yR4tUv7xYb0a",
                     *             "object": "payment_request",
                     *             "status": "succeeded",
                     *             "intent": "payment",
                     *             "amount": 2500,
                     *             "currency": "EUR",
                     *             "merchantReference": "order-1",
                     *             "description": "T-shirt",
                     *             "metadata": {
                     *               "orderId": "1042"
                     *             },
                     *             "customerEmail": "ada@example.com",
                     *             "locale": "fr",
                     *             "returnUrl": "https://shop.example/return?order=1",
                     *             "cancelUrl": "https://shop.example/cancel",
                     *             "captureMode": "automatic",
                     *             "saveCard": false,
                     *             "url": "https://pay.example/pay/pr_8Zc2kQ1mW9yR4tUv7xYb0a",
                     *             "embedUrl": "https://pay.example/embed/pr_8Zc2kQ1mW9yR4tUv7xYb0a",
                     *             "qrCodeUrl": "https://pay.example/pay/pr_8Zc2kQ1mW9yR4tUv7xYb0a/qr.svg",
                     *             "expiresAt": "2026-01-02T10:00:00.000Z",
                     *             "createdAt": "2026-01-01T10:00:00.000Z",
                     *             "completedAt": "2026-01-01T10:02:00.000Z",
                     *             "transactionId": "tx_Gm4Rk8Pq2Lw6Ys1Hv9Nb3c",
                     *             "cardTokenId": null,
                     *             "customerId": null,
                     *             "cardId": null,
                     *             "attempts": 0,
                     *             "maxAttempts": 3,
                     *             "mode": "test",
                     *             "captureDelayDays": null,
                     *             "installments": null,
                     *             "installmentPlanId": null,
                     *             "subscriptionId": null
                     *           }
                     *         }
                     *       ],
                     *       "hasMore": false,
                     *       "nextCursor": null
                     *     }
                     */
                    "application/json": components["schemas"]["EventList"];
                };
            };
            /** @description `parameter_invalid` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `authentication_required`, `invalid_api_key`, `wrong_key_kind` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `resource_not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `internal_error` */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getEvent: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The event. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "evt_3kVb8YqJ2mN5pQ7rS9tU1w",
                     *       "object": "event",
                     *       "type": "payment_request.succeeded",
                     *       "mode": "test",
                     *       "objectId": "pr_8Zc2kQ1mW9yR4tUv7xYb0a",
                     *       "createdAt": "2026-01-01T10:02:00.000Z",
                     *       "data": {
                     *         "id": "pr_8Zc2kQ1mW9yR4tUv7xYb0a",
                     *         "object": "payment_request",
                     *         "status": "succeeded",
                     *         "intent": "payment",
                     *         "amount": 2500,
                     *         "currency": "EUR",
                     *         "merchantReference": "order-1",
                     *         "description": "T-shirt",
                     *         "metadata": {
                     *           "orderId": "1042"
                     *         },
                     *         "customerEmail": "ada@example.com",
                     *         "locale": "fr",
                     *         "returnUrl": "https://shop.example/return?order=1",
                     *         "cancelUrl": "https://shop.example/cancel",
                     *         "captureMode": "automatic",
                     *         "saveCard": false,
                     *         "url": "https://pay.example/pay/pr_8Zc2kQ1mW9yR4tUv7xYb0a",
                     *         "embedUrl": "https://pay.example/embed/pr_8Zc2kQ1mW9yR4tUv7xYb0a",
                     *         "qrCodeUrl": "https://pay.example/pay/pr_8Zc2kQ1mW9yR4tUv7xYb0a/qr.svg",
                     *         "expiresAt": "2026-01-02T10:00:00.000Z",
                     *         "createdAt": "2026-01-01T10:00:00.000Z",
                     *         "completedAt": "2026-01-01T10:02:00.000Z",
                     *         "transactionId": "tx_Gm4Rk8Pq2Lw6Ys1Hv9Nb3c",
                     *         "cardTokenId": null,
                     *         "customerId": null,
                     *         "cardId": null,
                     *         "attempts": 0,
                     *         "maxAttempts": 3,
                     *         "mode": "test",
                     *         "captureDelayDays": null,
                     *         "installments": null,
                     *         "installmentPlanId": null,
                     *         "subscriptionId": null
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Event"];
                };
            };
            /** @description `authentication_required`, `invalid_api_key`, `wrong_key_kind` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `resource_not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `internal_error` */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listEventDeliveries: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One delivery per endpoint, each with its attempt log. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "object": "list",
                     *       "data": [
                     *         {
                     *           "id": "wd_Q2w3E4r5T6y7U8i9O0p1Aa",
                     *           "object": "webhook_delivery",
                     *           "eventId": "evt_3kVb8YqJ2mN5pQ7rS9tU1w",
                     *           "endpointId": "we_i975I9ERr7vBi0utJ_2Xuw",
                     *           "status": "succeeded",
                     *           "attempts": 1,
                     *           "nextAttemptAt": null,
                     *           "lastAttemptAt": "2026-01-01T10:02:01.000Z",
                     *           "lastStatusCode": 200,
                     *           "createdAt": "2026-01-01T10:02:00.000Z",
                     *           "url": "https://shop.example/webhooks/jeton",
                     *           "attemptLog": [
                     *             {
                     *               "attemptedAt": "2026-01-01T10:02:01.000Z",
                     *               "statusCode": 200,
                     *               "durationMs": 42,
                     *               "error": null
                     *             }
                     *           ]
                     *         }
                     *       ],
                     *       "hasMore": false,
                     *       "nextCursor": null
                     *     }
                     */
                    "application/json": components["schemas"]["WebhookDeliveryWithAttemptsList"];
                };
            };
            /** @description `authentication_required`, `invalid_api_key`, `wrong_key_kind` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `resource_not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `internal_error` */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    redeliverEvent: {
        parameters: {
            query?: never;
            header?: {
                /** @description Same key and body within 24 hours replays the first answer (with `Idempotent-Replayed: true`); another body is refused. */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The deliveries queued, due now. */
            200: {
                headers: {
                    /** @description `true` when this is a replayed answer. */
                    "Idempotent-Replayed"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "object": "list",
                     *       "data": [
                     *         {
                     *           "id": "wd_Q2w3E4r5T6y7U8i9O0p1Aa",
                     *           "object": "webhook_delivery",
                     *           "eventId": "evt_3kVb8YqJ2mN5pQ7rS9tU1w",
                     *           "endpointId": "we_i975I9ERr7vBi0utJ_2Xuw",
                     *           "status": "pending",
                     *           "attempts": 1,
                     *           "nextAttemptAt": null,
                     *           "lastAttemptAt": "2026-01-01T10:02:01.000Z",
                     *           "lastStatusCode": 200,
                     *           "createdAt": "2026-01-01T10:02:00.000Z"
                     *         }
                     *       ],
                     *       "hasMore": false,
                     *       "nextCursor": null
                     *     }
                     */
                    "application/json": components["schemas"]["WebhookDeliveryList"];
                };
            };
            /** @description `parameter_invalid` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `authentication_required`, `invalid_api_key`, `wrong_key_kind` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `resource_not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `idempotency_error`, `idempotency_key_in_use` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `internal_error` */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getInstallmentPlan: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The plan. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "ipl_Rt5Yu7Io9Pa1Sd3Fg5Hj7k",
                     *       "object": "installment_plan",
                     *       "status": "active",
                     *       "paymentRequestId": "pr_8Zc2kQ1mW9yR4tUv7xYb0a",
                     *       "customerId": "cus_Qw1Er2Ty3Ui4Op5As6Df7g",
                     *       "cardId": "card_Hs2Jd8Kf4Lg6Mh1Nj3Pk5q",
                     *       "testClockId": null,
                     *       "totalAmount": 10000,
                     *       "currency": "EUR",
                     *       "count": 3,
                     *       "interval": "month",
                     *       "initialTransactionId": "tx_Gm4Rk8Pq2Lw6Ys1Hv9Nb3c",
                     *       "merchantReference": "order-3x",
                     *       "mode": "test",
                     *       "createdAt": "2027-01-31T10:00:00.000Z",
                     *       "installments": [
                     *         {
                     *           "id": "rch_Lk8Jh6Gf4Ds2Aq1Ws3Ed5r",
                     *           "object": "recurring_charge",
                     *           "period": 0,
                     *           "periodStart": "2027-01-31T10:00:00.000Z",
                     *           "periodEnd": "2027-02-28T10:00:00.000Z",
                     *           "amount": 3334,
                     *           "currency": "EUR",
                     *           "status": "succeeded",
                     *           "attempts": 1,
                     *           "nextAttemptAt": null,
                     *           "lastTransactionId": "tx_Gm4Rk8Pq2Lw6Ys1Hv9Nb3c",
                     *           "lastDeclineCode": null
                     *         },
                     *         {
                     *           "id": "rch_Lk8Jh6Gf4Ds2Aq1Ws3Ed5r",
                     *           "object": "recurring_charge",
                     *           "period": 1,
                     *           "periodStart": "2027-02-28T10:00:00.000Z",
                     *           "periodEnd": "2027-03-31T10:00:00.000Z",
                     *           "amount": 3333,
                     *           "currency": "EUR",
                     *           "status": "scheduled",
                     *           "attempts": 0,
                     *           "nextAttemptAt": "2027-02-28T10:00:00.000Z",
                     *           "lastTransactionId": null,
                     *           "lastDeclineCode": null
                     *         },
                     *         {
                     *           "id": "rch_Lk8Jh6Gf4Ds2Aq1Ws3Ed5r",
                     *           "object": "recurring_charge",
                     *           "period": 2,
                     *           "periodStart": "2027-03-31T10:00:00.000Z",
                     *           "periodEnd": "2027-04-30T10:00:00.000Z",
                     *           "amount": 3333,
                     *           "currency": "EUR",
                     *           "status": "scheduled",
                     *           "attempts": 0,
                     *           "nextAttemptAt": "2027-03-31T10:00:00.000Z",
                     *           "lastTransactionId": null,
                     *           "lastDeclineCode": null
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["InstallmentPlan"];
                };
            };
            /** @description `authentication_required`, `invalid_api_key`, `wrong_key_kind` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `resource_not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `internal_error` */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getOpenApiDocument: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The document. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        info: {
                            title: string;
                            version: string;
                        } & {
                            [key: string]: unknown;
                        };
                        /** @constant */
                        openapi: "3.1.0";
                        paths: {
                            [key: string]: unknown;
                        };
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description `internal_error` */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listPaymentRequests: {
        parameters: {
            query?: {
                limit?: string;
                metadata?: {
                    [key: string]: string;
                };
                startingAfter?: string;
                status?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of payment requests. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "object": "list",
                     *       "data": [
                     *         {
                     *           "id": "pr_8Zc2kQ1mW9yR4tUv7xYb0a",
                     *           "object": "payment_request",
                     *           "status": "open",
                     *           "intent": "payment",
                     *           "amount": 2500,
                     *           "currency": "EUR",
                     *           "merchantReference": "order-1",
                     *           "description": "T-shirt",
                     *           "metadata": {
                     *             "orderId": "1042"
                     *           },
                     *           "customerEmail": "ada@example.com",
                     *           "locale": "fr",
                     *           "returnUrl": "https://shop.example/return?order=1",
                     *           "cancelUrl": "https://shop.example/cancel",
                     *           "captureMode": "automatic",
                     *           "saveCard": false,
                     *           "url": "https://pay.example/pay/pr_8Zc2kQ1mW9yR4tUv7xYb0a",
                     *           "embedUrl": "https://pay.example/embed/pr_8Zc2kQ1mW9yR4tUv7xYb0a",
                     *           "qrCodeUrl": "https://pay.example/pay/pr_8Zc2kQ1mW9yR4tUv7xYb0a/qr.svg",
                     *           "expiresAt": "2026-01-02T10:00:00.000Z",
                     *           "createdAt": "2026-01-01T10:00:00.000Z",
                     *           "completedAt": null,
                     *           "transactionId": null,
                     *           "cardTokenId": null,
                     *           "customerId": null,
                     *           "cardId": null,
                     *           "attempts": 0,
                     *           "maxAttempts": 3,
                     *           "mode": "test",
                     *           "captureDelayDays": null,
                     *           "installments": null,
                     *           "installmentPlanId": null,
                     *           "subscriptionId": null
                     *         }
                     *       ],
                     *       "hasMore": false,
                     *       "nextCursor": null
                     *     }
                     */
                    "application/json": components["schemas"]["PaymentRequestList"];
                };
            };
            /** @description `parameter_invalid` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `authentication_required`, `invalid_api_key`, `wrong_key_kind` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `resource_not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `internal_error` */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    createPaymentRequest: {
        parameters: {
            query?: never;
            header?: {
                /** @description Same key and body within 24 hours replays the first answer (with `Idempotent-Replayed: true`); another body is refused. */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "amount": 2500,
                 *       "currency": "EUR",
                 *       "merchantReference": "order-1",
                 *       "description": "T-shirt",
                 *       "customerEmail": "ada@example.com",
                 *       "locale": "fr",
                 *       "returnUrl": "https://shop.example/return?order=1",
                 *       "cancelUrl": "https://shop.example/cancel",
                 *       "sendTo": {
                 *         "email": "ada@example.com",
                 *         "phone": "+33612345678"
                 *       }
                 *     }
                 */
                "application/json": {
                    amount: number;
                    cancelUrl?: string;
                    captureDelayDays?: number;
                    /** @enum {string} */
                    captureMode?: "automatic" | "manual" | "delayed";
                    currency: string;
                    /** Format: email */
                    customerEmail?: string;
                    customerId?: string;
                    description?: string;
                    /** Format: date-time */
                    expiresAt?: string;
                    installments?: {
                        count: number;
                        /** @enum {string} */
                        interval: "month" | "week";
                    };
                    /** @enum {string} */
                    intent?: "payment" | "tokenize";
                    /** @enum {string} */
                    locale?: "fr" | "en" | "ar";
                    merchantReference?: string;
                    /** @description Your own key → value strings: at most 50 keys of 1–40 characters, values up to 500. */
                    metadata?: {
                        [key: string]: string;
                    };
                    returnUrl: string;
                    saveCard?: boolean;
                    sendTo?: {
                        email?: string;
                        phone?: string;
                    };
                };
            };
        };
        responses: {
            /** @description The open payment request, with the messages queued for it (empty without sendTo). */
            201: {
                headers: {
                    /** @description `true` when this is a replayed answer. */
                    "Idempotent-Replayed"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "pr_8Zc2kQ1mW9yR4tUv7xYb0a",
                     *       "object": "payment_request",
                     *       "status": "open",
                     *       "intent": "payment",
                     *       "amount": 2500,
                     *       "currency": "EUR",
                     *       "merchantReference": "order-1",
                     *       "description": "T-shirt",
                     *       "metadata": {
                     *         "orderId": "1042"
                     *       },
                     *       "customerEmail": "ada@example.com",
                     *       "locale": "fr",
                     *       "returnUrl": "https://shop.example/return?order=1",
                     *       "cancelUrl": "https://shop.example/cancel",
                     *       "captureMode": "automatic",
                     *       "saveCard": false,
                     *       "url": "https://pay.example/pay/pr_8Zc2kQ1mW9yR4tUv7xYb0a",
                     *       "embedUrl": "https://pay.example/embed/pr_8Zc2kQ1mW9yR4tUv7xYb0a",
                     *       "qrCodeUrl": "https://pay.example/pay/pr_8Zc2kQ1mW9yR4tUv7xYb0a/qr.svg",
                     *       "expiresAt": "2026-01-02T10:00:00.000Z",
                     *       "createdAt": "2026-01-01T10:00:00.000Z",
                     *       "completedAt": null,
                     *       "transactionId": null,
                     *       "cardTokenId": null,
                     *       "customerId": null,
                     *       "cardId": null,
                     *       "attempts": 0,
                     *       "maxAttempts": 3,
                     *       "mode": "test",
                     *       "captureDelayDays": null,
                     *       "installments": null,
                     *       "installmentPlanId": null,
                     *       "subscriptionId": null,
                     *       "messages": [
                     *         {
                     *           "id": "msg_Q2v8Lr5Tn1Kx7Wb3Yc9Zd0",
                     *           "object": "message",
                     *           "channel": "email",
                     *           "template": "payment_request",
                     *           "recipient": "ada@example.com",
                     *           "locale": "fr",
                     *           "status": "sent",
                     *           "attempts": 1,
                     *           "errorClass": null,
                     *           "reminderStep": null,
                     *           "paymentRequestId": "pr_8Zc2kQ1mW9yR4tUv7xYb0a",
                     *           "createdAt": "2026-01-01T10:00:00.000Z",
                     *           "sentAt": "2026-01-01T10:00:01.000Z",
                     *           "nextAttemptAt": null,
                     *           "mode": "test"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["PaymentRequest"];
                };
            };
            /** @description `invalid_json`, `parameter_invalid`, `body_unreadable`, `return_url_not_allowed` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `authentication_required`, `invalid_api_key`, `wrong_key_kind` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `resource_not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `idempotency_error`, `idempotency_key_in_use`, `live_mode_unavailable` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `body_too_large` */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `unsupported_media_type` */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `message_limit_exceeded` */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `internal_error` */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getPaymentRequest: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The payment request and its messages. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "pr_8Zc2kQ1mW9yR4tUv7xYb0a",
                     *       "object": "payment_request",
                     *       "status": "open",
                     *       "intent": "payment",
                     *       "amount": 2500,
                     *       "currency": "EUR",
                     *       "merchantReference": "order-1",
                     *       "description": "T-shirt",
                     *       "metadata": {
                     *         "orderId": "1042"
                     *       },
                     *       "customerEmail": "ada@example.com",
                     *       "locale": "fr",
                     *       "returnUrl": "https://shop.example/return?order=1",
                     *       "cancelUrl": "https://shop.example/cancel",
                     *       "captureMode": "automatic",
                     *       "saveCard": false,
                     *       "url": "https://pay.example/pay/pr_8Zc2kQ1mW9yR4tUv7xYb0a",
                     *       "embedUrl": "https://pay.example/embed/pr_8Zc2kQ1mW9yR4tUv7xYb0a",
                     *       "qrCodeUrl": "https://pay.example/pay/pr_8Zc2kQ1mW9yR4tUv7xYb0a/qr.svg",
                     *       "expiresAt": "2026-01-02T10:00:00.000Z",
                     *       "createdAt": "2026-01-01T10:00:00.000Z",
                     *       "completedAt": null,
                     *       "transactionId": null,
                     *       "cardTokenId": null,
                     *       "customerId": null,
                     *       "cardId": null,
                     *       "attempts": 0,
                     *       "maxAttempts": 3,
                     *       "mode": "test",
                     *       "captureDelayDays": null,
                     *       "installments": null,
                     *       "installmentPlanId": null,
                     *       "subscriptionId": null,
                     *       "messages": [
                     *         {
                     *           "id": "msg_Q2v8Lr5Tn1Kx7Wb3Yc9Zd0",
                     *           "object": "message",
                     *           "channel": "email",
                     *           "template": "payment_request",
                     *           "recipient": "ada@example.com",
                     *           "locale": "fr",
                     *           "status": "sent",
                     *           "attempts": 1,
                     *           "errorClass": null,
                     *           "reminderStep": null,
                     *           "paymentRequestId": "pr_8Zc2kQ1mW9yR4tUv7xYb0a",
                     *           "createdAt": "2026-01-01T10:00:00.000Z",
                     *           "sentAt": "2026-01-01T10:00:01.000Z",
                     *           "nextAttemptAt": null,
                     *           "mode": "test"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["PaymentRequest"];
                };
            };
            /** @description `authentication_required`, `invalid_api_key`, `wrong_key_kind` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `resource_not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `internal_error` */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    cancelPaymentRequest: {
        parameters: {
            query?: never;
            header?: {
                /** @description Same key and body within 24 hours replays the first answer (with `Idempotent-Replayed: true`); another body is refused. */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The canceled payment request. */
            200: {
                headers: {
                    /** @description `true` when this is a replayed answer. */
                    "Idempotent-Replayed"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "pr_8Zc2kQ1mW9yR4tUv7xYb0a",
                     *       "object": "payment_request",
                     *       "status": "canceled",
                     *       "intent": "payment",
                     *       "amount": 2500,
                     *       "currency": "EUR",
                     *       "merchantReference": "order-1",
                     *       "description": "T-shirt",
                     *       "metadata": {
                     *         "orderId": "1042"
                     *       },
                     *       "customerEmail": "ada@example.com",
                     *       "locale": "fr",
                     *       "returnUrl": "https://shop.example/return?order=1",
                     *       "cancelUrl": "https://shop.example/cancel",
                     *       "captureMode": "automatic",
                     *       "saveCard": false,
                     *       "url": "https://pay.example/pay/pr_8Zc2kQ1mW9yR4tUv7xYb0a",
                     *       "embedUrl": "https://pay.example/embed/pr_8Zc2kQ1mW9yR4tUv7xYb0a",
                     *       "qrCodeUrl": "https://pay.example/pay/pr_8Zc2kQ1mW9yR4tUv7xYb0a/qr.svg",
                     *       "expiresAt": "2026-01-02T10:00:00.000Z",
                     *       "createdAt": "2026-01-01T10:00:00.000Z",
                     *       "completedAt": null,
                     *       "transactionId": null,
                     *       "cardTokenId": null,
                     *       "customerId": null,
                     *       "cardId": null,
                     *       "attempts": 0,
                     *       "maxAttempts": 3,
                     *       "mode": "test",
                     *       "captureDelayDays": null,
                     *       "installments": null,
                     *       "installmentPlanId": null,
                     *       "subscriptionId": null
                     *     }
                     */
                    "application/json": components["schemas"]["PaymentRequest"];
                };
            };
            /** @description `parameter_invalid` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `authentication_required`, `invalid_api_key`, `wrong_key_kind` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `resource_not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `idempotency_error`, `idempotency_key_in_use`, `payment_request_not_open` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `internal_error` */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listRiskRules: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Every rule (at most 100), in order. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "object": "list",
                     *       "data": [
                     *         {
                     *           "object": "risk_rule",
                     *           "id": "rr_Vb3c2tUQ3hKjGz0ePq4sDg",
                     *           "name": "Review big prepaid payments",
                     *           "position": 1,
                     *           "enabled": true,
                     *           "conditions": [
                     *             {
                     *               "type": "card_funding",
                     *               "in": [
                     *                 "prepaid"
                     *               ]
                     *             },
                     *             {
                     *               "type": "amount",
                     *               "scope": "transaction",
                     *               "currency": "EUR",
                     *               "over": 20000
                     *             }
                     *           ],
                     *           "action": "review",
                     *           "score": 20,
                     *           "mode": "test",
                     *           "createdAt": "2026-01-01T10:00:00.000Z",
                     *           "updatedAt": "2026-01-01T10:00:00.000Z"
                     *         }
                     *       ],
                     *       "hasMore": false,
                     *       "nextCursor": null
                     *     }
                     */
                    "application/json": components["schemas"]["RiskRuleList"];
                };
            };
            /** @description `authentication_required`, `invalid_api_key`, `wrong_key_kind` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `internal_error` */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    createRiskRule: {
        parameters: {
            query?: never;
            header?: {
                /** @description Same key and body within 24 hours replays the first answer (with `Idempotent-Replayed: true`); another body is refused. */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "name": "Review big prepaid payments",
                 *       "conditions": [
                 *         {
                 *           "type": "card_funding",
                 *           "in": [
                 *             "prepaid"
                 *           ]
                 *         },
                 *         {
                 *           "type": "amount",
                 *           "scope": "transaction",
                 *           "currency": "EUR",
                 *           "over": 20000
                 *         }
                 *       ],
                 *       "action": "review",
                 *       "score": 20
                 *     }
                 */
                "application/json": {
                    /** @enum {string} */
                    action?: "allow" | "require_3ds" | "review" | "block";
                    conditions: ({
                        atLeast: number;
                        currency?: string;
                        /** @enum {string} */
                        metric: "attempts" | "declines" | "distinct_cards" | "amount";
                        /** @enum {string} */
                        per: "card" | "ip" | "email" | "customer" | "device_session" | "payment_request" | "merchant";
                        /** @constant */
                        type: "velocity";
                        windowMinutes: number;
                    } | {
                        currency: string;
                        over: number;
                        /** @enum {string} */
                        scope: "transaction" | "card_per_day";
                        /** @constant */
                        type: "amount";
                    } | {
                        in?: string[];
                        notIn?: string[];
                        /** @constant */
                        type: "card_country";
                    } | {
                        in?: string[];
                        notIn?: string[];
                        /** @constant */
                        type: "ip_country";
                    } | {
                        /** @constant */
                        type: "country_mismatch";
                    } | {
                        in: ("visa" | "mastercard" | "amex" | "cb" | "discover" | "jcb" | "diners" | "unionpay" | "maestro")[];
                        /** @constant */
                        type: "card_brand";
                    } | {
                        in: ("credit" | "debit" | "prepaid")[];
                        /** @constant */
                        type: "card_funding";
                    } | {
                        /** @constant */
                        type: "card_first_seen";
                    } | {
                        /** @enum {string} */
                        result: "no_liability_shift" | "not_authenticated";
                        /** @constant */
                        type: "three_ds";
                    })[];
                    enabled?: boolean;
                    name: string;
                    score?: number;
                };
            };
        };
        responses: {
            /** @description The rule. */
            201: {
                headers: {
                    /** @description `true` when this is a replayed answer. */
                    "Idempotent-Replayed"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "object": "risk_rule",
                     *       "id": "rr_Vb3c2tUQ3hKjGz0ePq4sDg",
                     *       "name": "Review big prepaid payments",
                     *       "position": 1,
                     *       "enabled": true,
                     *       "conditions": [
                     *         {
                     *           "type": "card_funding",
                     *           "in": [
                     *             "prepaid"
                     *           ]
                     *         },
                     *         {
                     *           "type": "amount",
                     *           "scope": "transaction",
                     *           "currency": "EUR",
                     *           "over": 20000
                     *         }
                     *       ],
                     *       "action": "review",
                     *       "score": 20,
                     *       "mode": "test",
                     *       "createdAt": "2026-01-01T10:00:00.000Z",
                     *       "updatedAt": "2026-01-01T10:00:00.000Z"
                     *     }
                     */
                    "application/json": components["schemas"]["RiskRule"];
                };
            };
            /** @description `invalid_json`, `parameter_invalid`, `body_unreadable` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `authentication_required`, `invalid_api_key`, `wrong_key_kind` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `idempotency_error`, `idempotency_key_in_use`, `risk_rules_limit_reached` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `body_too_large` */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `unsupported_media_type` */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `internal_error` */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getRiskRule: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The rule. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "object": "risk_rule",
                     *       "id": "rr_Vb3c2tUQ3hKjGz0ePq4sDg",
                     *       "name": "Review big prepaid payments",
                     *       "position": 1,
                     *       "enabled": true,
                     *       "conditions": [
                     *         {
                     *           "type": "card_funding",
                     *           "in": [
                     *             "prepaid"
                     *           ]
                     *         },
                     *         {
                     *           "type": "amount",
                     *           "scope": "transaction",
                     *           "currency": "EUR",
                     *           "over": 20000
                     *         }
                     *       ],
                     *       "action": "review",
                     *       "score": 20,
                     *       "mode": "test",
                     *       "createdAt": "2026-01-01T10:00:00.000Z",
                     *       "updatedAt": "2026-01-01T10:00:00.000Z"
                     *     }
                     */
                    "application/json": components["schemas"]["RiskRule"];
                };
            };
            /** @description `authentication_required`, `invalid_api_key`, `wrong_key_kind` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `resource_not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `internal_error` */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    updateRiskRule: {
        parameters: {
            query?: never;
            header?: {
                /** @description Same key and body within 24 hours replays the first answer (with `Idempotent-Replayed: true`); another body is refused. */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "enabled": false
                 *     }
                 */
                "application/json": {
                    action?: ("allow" | "require_3ds" | "review" | "block") | null;
                    conditions?: ({
                        atLeast: number;
                        currency?: string;
                        /** @enum {string} */
                        metric: "attempts" | "declines" | "distinct_cards" | "amount";
                        /** @enum {string} */
                        per: "card" | "ip" | "email" | "customer" | "device_session" | "payment_request" | "merchant";
                        /** @constant */
                        type: "velocity";
                        windowMinutes: number;
                    } | {
                        currency: string;
                        over: number;
                        /** @enum {string} */
                        scope: "transaction" | "card_per_day";
                        /** @constant */
                        type: "amount";
                    } | {
                        in?: string[];
                        notIn?: string[];
                        /** @constant */
                        type: "card_country";
                    } | {
                        in?: string[];
                        notIn?: string[];
                        /** @constant */
                        type: "ip_country";
                    } | {
                        /** @constant */
                        type: "country_mismatch";
                    } | {
                        in: ("visa" | "mastercard" | "amex" | "cb" | "discover" | "jcb" | "diners" | "unionpay" | "maestro")[];
                        /** @constant */
                        type: "card_brand";
                    } | {
                        in: ("credit" | "debit" | "prepaid")[];
                        /** @constant */
                        type: "card_funding";
                    } | {
                        /** @constant */
                        type: "card_first_seen";
                    } | {
                        /** @enum {string} */
                        result: "no_liability_shift" | "not_authenticated";
                        /** @constant */
                        type: "three_ds";
                    })[];
                    enabled?: boolean;
                    name?: string;
                    score?: number;
                };
            };
        };
        responses: {
            /** @description The rule after the change. */
            200: {
                headers: {
                    /** @description `true` when this is a replayed answer. */
                    "Idempotent-Replayed"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "object": "risk_rule",
                     *       "id": "rr_Vb3c2tUQ3hKjGz0ePq4sDg",
                     *       "name": "Review big prepaid payments",
                     *       "position": 1,
                     *       "enabled": false,
                     *       "conditions": [
                     *         {
                     *           "type": "card_funding",
                     *           "in": [
                     *             "prepaid"
                     *           ]
                     *         },
                     *         {
                     *           "type": "amount",
                     *           "scope": "transaction",
                     *           "currency": "EUR",
                     *           "over": 20000
                     *         }
                     *       ],
                     *       "action": "review",
                     *       "score": 20,
                     *       "mode": "test",
                     *       "createdAt": "2026-01-01T10:00:00.000Z",
                     *       "updatedAt": "2026-01-01T10:00:00.000Z"
                     *     }
                     */
                    "application/json": components["schemas"]["RiskRule"];
                };
            };
            /** @description `invalid_json`, `parameter_invalid`, `body_unreadable` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `authentication_required`, `invalid_api_key`, `wrong_key_kind` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `resource_not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `idempotency_error`, `idempotency_key_in_use` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `body_too_large` */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `unsupported_media_type` */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `internal_error` */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    deleteRiskRule: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The deleted rule's id. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "object": "risk_rule",
                     *       "id": "rr_Vb3c2tUQ3hKjGz0ePq4sDg",
                     *       "deleted": true
                     *     }
                     */
                    "application/json": components["schemas"]["DeletedRiskRule"];
                };
            };
            /** @description `authentication_required`, `invalid_api_key`, `wrong_key_kind` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `resource_not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `internal_error` */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    reorderRiskRules: {
        parameters: {
            query?: never;
            header?: {
                /** @description Same key and body within 24 hours replays the first answer (with `Idempotent-Replayed: true`); another body is refused. */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "ids": [
                 *         "rr_Vb3c2tUQ3hKjGz0ePq4sDg"
                 *       ]
                 *     }
                 */
                "application/json": {
                    ids: string[];
                };
            };
        };
        responses: {
            /** @description The rules in their new order. */
            200: {
                headers: {
                    /** @description `true` when this is a replayed answer. */
                    "Idempotent-Replayed"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "object": "list",
                     *       "data": [
                     *         {
                     *           "object": "risk_rule",
                     *           "id": "rr_Vb3c2tUQ3hKjGz0ePq4sDg",
                     *           "name": "Review big prepaid payments",
                     *           "position": 1,
                     *           "enabled": true,
                     *           "conditions": [
                     *             {
                     *               "type": "card_funding",
                     *               "in": [
                     *                 "prepaid"
                     *               ]
                     *             },
                     *             {
                     *               "type": "amount",
                     *               "scope": "transaction",
                     *               "currency": "EUR",
                     *               "over": 20000
                     *             }
                     *           ],
                     *           "action": "review",
                     *           "score": 20,
                     *           "mode": "test",
                     *           "createdAt": "2026-01-01T10:00:00.000Z",
                     *           "updatedAt": "2026-01-01T10:00:00.000Z"
                     *         }
                     *       ],
                     *       "hasMore": false,
                     *       "nextCursor": null
                     *     }
                     */
                    "application/json": components["schemas"]["RiskRuleList"];
                };
            };
            /** @description `invalid_json`, `parameter_invalid`, `body_unreadable` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `authentication_required`, `invalid_api_key`, `wrong_key_kind` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `idempotency_error`, `idempotency_key_in_use` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `body_too_large` */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `unsupported_media_type` */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `internal_error` */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listSubscriptions: {
        parameters: {
            query?: {
                customerId?: string;
                limit?: string;
                merchantReference?: string;
                startingAfter?: string;
                status?: "trialing" | "active" | "past_due" | "paused" | "canceled" | "completed";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of subscriptions. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "object": "list",
                     *       "data": [
                     *         {
                     *           "id": "sub_Zx9Cv7Bn5Mm3Ll1Kk2Jj4h",
                     *           "object": "subscription",
                     *           "status": "active",
                     *           "customerId": "cus_Qw1Er2Ty3Ui4Op5As6Df7g",
                     *           "cardId": "card_Hs2Jd8Kf4Lg6Mh1Nj3Pk5q",
                     *           "testClockId": null,
                     *           "amount": 1990,
                     *           "currency": "EUR",
                     *           "interval": "month",
                     *           "intervalCount": 1,
                     *           "billingAnchor": "2027-01-31T10:00:00.000Z",
                     *           "trialEnd": null,
                     *           "currentPeriod": 0,
                     *           "currentPeriodStart": "2027-01-31T10:00:00.000Z",
                     *           "currentPeriodEnd": "2027-02-28T10:00:00.000Z",
                     *           "endAfterCycles": null,
                     *           "endAt": null,
                     *           "cancelAtPeriodEnd": false,
                     *           "initialTransactionId": "tx_Gm4Rk8Pq2Lw6Ys1Hv9Nb3c",
                     *           "merchantReference": "plan-pro-42",
                     *           "description": "Pro plan",
                     *           "metadata": {
                     *             "plan": "pro"
                     *           },
                     *           "mode": "test",
                     *           "createdAt": "2027-01-31T10:00:00.000Z",
                     *           "canceledAt": null,
                     *           "pausedAt": null,
                     *           "nextCharge": {
                     *             "id": "rch_Lk8Jh6Gf4Ds2Aq1Ws3Ed5r",
                     *             "object": "recurring_charge",
                     *             "period": 1,
                     *             "periodStart": "2027-02-28T10:00:00.000Z",
                     *             "periodEnd": "2027-03-31T10:00:00.000Z",
                     *             "amount": null,
                     *             "currency": "EUR",
                     *             "status": "scheduled",
                     *             "attempts": 0,
                     *             "nextAttemptAt": "2027-02-28T10:00:00.000Z",
                     *             "lastTransactionId": null,
                     *             "lastDeclineCode": null
                     *           }
                     *         }
                     *       ],
                     *       "hasMore": false,
                     *       "nextCursor": null
                     *     }
                     */
                    "application/json": components["schemas"]["SubscriptionList"];
                };
            };
            /** @description `parameter_invalid` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `authentication_required`, `invalid_api_key`, `wrong_key_kind` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `resource_not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `internal_error` */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    createSubscription: {
        parameters: {
            query?: never;
            header?: {
                /** @description Same key and body within 24 hours replays the first answer (with `Idempotent-Replayed: true`); another body is refused. */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "customerId": "cus_Qw1Er2Ty3Ui4Op5As6Df7g",
                 *       "cardId": "card_Hs2Jd8Kf4Lg6Mh1Nj3Pk5q",
                 *       "amount": 1990,
                 *       "currency": "EUR",
                 *       "interval": "month",
                 *       "merchantReference": "plan-pro-42",
                 *       "metadata": {
                 *         "plan": "pro"
                 *       }
                 *     }
                 */
                "application/json": {
                    amount: number;
                    cardId: string;
                    currency: string;
                    customerId: string;
                    description?: string;
                    endAfterCycles?: number;
                    /** Format: date-time */
                    endAt?: string;
                    /** @enum {string} */
                    interval: "day" | "week" | "month" | "year";
                    intervalCount?: number;
                    merchantReference?: string;
                    /** @description Your own key → value strings: at most 50 keys of 1–40 characters, values up to 500. */
                    metadata?: {
                        [key: string]: string;
                    };
                    /** Format: date-time */
                    startDate?: string;
                    trialDays?: number;
                };
            };
        };
        responses: {
            /** @description The subscription. */
            201: {
                headers: {
                    /** @description `true` when this is a replayed answer. */
                    "Idempotent-Replayed"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "sub_Zx9Cv7Bn5Mm3Ll1Kk2Jj4h",
                     *       "object": "subscription",
                     *       "status": "active",
                     *       "customerId": "cus_Qw1Er2Ty3Ui4Op5As6Df7g",
                     *       "cardId": "card_Hs2Jd8Kf4Lg6Mh1Nj3Pk5q",
                     *       "testClockId": null,
                     *       "amount": 1990,
                     *       "currency": "EUR",
                     *       "interval": "month",
                     *       "intervalCount": 1,
                     *       "billingAnchor": "2027-01-31T10:00:00.000Z",
                     *       "trialEnd": null,
                     *       "currentPeriod": 0,
                     *       "currentPeriodStart": "2027-01-31T10:00:00.000Z",
                     *       "currentPeriodEnd": "2027-02-28T10:00:00.000Z",
                     *       "endAfterCycles": null,
                     *       "endAt": null,
                     *       "cancelAtPeriodEnd": false,
                     *       "initialTransactionId": "tx_Gm4Rk8Pq2Lw6Ys1Hv9Nb3c",
                     *       "merchantReference": "plan-pro-42",
                     *       "description": "Pro plan",
                     *       "metadata": {
                     *         "plan": "pro"
                     *       },
                     *       "mode": "test",
                     *       "createdAt": "2027-01-31T10:00:00.000Z",
                     *       "canceledAt": null,
                     *       "pausedAt": null,
                     *       "nextCharge": {
                     *         "id": "rch_Lk8Jh6Gf4Ds2Aq1Ws3Ed5r",
                     *         "object": "recurring_charge",
                     *         "period": 1,
                     *         "periodStart": "2027-02-28T10:00:00.000Z",
                     *         "periodEnd": "2027-03-31T10:00:00.000Z",
                     *         "amount": null,
                     *         "currency": "EUR",
                     *         "status": "scheduled",
                     *         "attempts": 0,
                     *         "nextAttemptAt": "2027-02-28T10:00:00.000Z",
                     *         "lastTransactionId": null,
                     *         "lastDeclineCode": null
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Subscription"];
                };
            };
            /** @description `invalid_json`, `parameter_invalid`, `body_unreadable` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `authentication_required`, `invalid_api_key`, `wrong_key_kind` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `resource_not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `idempotency_error`, `idempotency_key_in_use`, `merchant_initiated_not_allowed`, `live_mode_unavailable`, `invalid_state_transition` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `body_too_large` */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `unsupported_media_type` */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `internal_error` */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getSubscription: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The subscription. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "sub_Zx9Cv7Bn5Mm3Ll1Kk2Jj4h",
                     *       "object": "subscription",
                     *       "status": "active",
                     *       "customerId": "cus_Qw1Er2Ty3Ui4Op5As6Df7g",
                     *       "cardId": "card_Hs2Jd8Kf4Lg6Mh1Nj3Pk5q",
                     *       "testClockId": null,
                     *       "amount": 1990,
                     *       "currency": "EUR",
                     *       "interval": "month",
                     *       "intervalCount": 1,
                     *       "billingAnchor": "2027-01-31T10:00:00.000Z",
                     *       "trialEnd": null,
                     *       "currentPeriod": 0,
                     *       "currentPeriodStart": "2027-01-31T10:00:00.000Z",
                     *       "currentPeriodEnd": "2027-02-28T10:00:00.000Z",
                     *       "endAfterCycles": null,
                     *       "endAt": null,
                     *       "cancelAtPeriodEnd": false,
                     *       "initialTransactionId": "tx_Gm4Rk8Pq2Lw6Ys1Hv9Nb3c",
                     *       "merchantReference": "plan-pro-42",
                     *       "description": "Pro plan",
                     *       "metadata": {
                     *         "plan": "pro"
                     *       },
                     *       "mode": "test",
                     *       "createdAt": "2027-01-31T10:00:00.000Z",
                     *       "canceledAt": null,
                     *       "pausedAt": null,
                     *       "nextCharge": {
                     *         "id": "rch_Lk8Jh6Gf4Ds2Aq1Ws3Ed5r",
                     *         "object": "recurring_charge",
                     *         "period": 1,
                     *         "periodStart": "2027-02-28T10:00:00.000Z",
                     *         "periodEnd": "2027-03-31T10:00:00.000Z",
                     *         "amount": null,
                     *         "currency": "EUR",
                     *         "status": "scheduled",
                     *         "attempts": 0,
                     *         "nextAttemptAt": "2027-02-28T10:00:00.000Z",
                     *         "lastTransactionId": null,
                     *         "lastDeclineCode": null
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Subscription"];
                };
            };
            /** @description `authentication_required`, `invalid_api_key`, `wrong_key_kind` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `resource_not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `internal_error` */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    updateSubscription: {
        parameters: {
            query?: never;
            header?: {
                /** @description Same key and body within 24 hours replays the first answer (with `Idempotent-Replayed: true`); another body is refused. */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "amount": 2490
                 *     }
                 */
                "application/json": {
                    amount?: number;
                    cardId?: string;
                    description?: string;
                    /** @description Your own key → value strings: at most 50 keys of 1–40 characters, values up to 500. */
                    metadata?: {
                        [key: string]: string;
                    };
                };
            };
        };
        responses: {
            /** @description The subscription. */
            200: {
                headers: {
                    /** @description `true` when this is a replayed answer. */
                    "Idempotent-Replayed"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "sub_Zx9Cv7Bn5Mm3Ll1Kk2Jj4h",
                     *       "object": "subscription",
                     *       "status": "active",
                     *       "customerId": "cus_Qw1Er2Ty3Ui4Op5As6Df7g",
                     *       "cardId": "card_Hs2Jd8Kf4Lg6Mh1Nj3Pk5q",
                     *       "testClockId": null,
                     *       "amount": 1990,
                     *       "currency": "EUR",
                     *       "interval": "month",
                     *       "intervalCount": 1,
                     *       "billingAnchor": "2027-01-31T10:00:00.000Z",
                     *       "trialEnd": null,
                     *       "currentPeriod": 0,
                     *       "currentPeriodStart": "2027-01-31T10:00:00.000Z",
                     *       "currentPeriodEnd": "2027-02-28T10:00:00.000Z",
                     *       "endAfterCycles": null,
                     *       "endAt": null,
                     *       "cancelAtPeriodEnd": false,
                     *       "initialTransactionId": "tx_Gm4Rk8Pq2Lw6Ys1Hv9Nb3c",
                     *       "merchantReference": "plan-pro-42",
                     *       "description": "Pro plan",
                     *       "metadata": {
                     *         "plan": "pro"
                     *       },
                     *       "mode": "test",
                     *       "createdAt": "2027-01-31T10:00:00.000Z",
                     *       "canceledAt": null,
                     *       "pausedAt": null,
                     *       "nextCharge": {
                     *         "id": "rch_Lk8Jh6Gf4Ds2Aq1Ws3Ed5r",
                     *         "object": "recurring_charge",
                     *         "period": 1,
                     *         "periodStart": "2027-02-28T10:00:00.000Z",
                     *         "periodEnd": "2027-03-31T10:00:00.000Z",
                     *         "amount": null,
                     *         "currency": "EUR",
                     *         "status": "scheduled",
                     *         "attempts": 0,
                     *         "nextAttemptAt": "2027-02-28T10:00:00.000Z",
                     *         "lastTransactionId": null,
                     *         "lastDeclineCode": null
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Subscription"];
                };
            };
            /** @description `invalid_json`, `parameter_invalid`, `body_unreadable` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `authentication_required`, `invalid_api_key`, `wrong_key_kind` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `resource_not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `idempotency_error`, `idempotency_key_in_use`, `invalid_state_transition`, `merchant_initiated_not_allowed`, `live_mode_unavailable` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `body_too_large` */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `unsupported_media_type` */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `internal_error` */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    cancelSubscription: {
        parameters: {
            query?: never;
            header?: {
                /** @description Same key and body within 24 hours replays the first answer (with `Idempotent-Replayed: true`); another body is refused. */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "atPeriodEnd": true
                 *     }
                 */
                "application/json": {
                    atPeriodEnd?: boolean;
                };
            };
        };
        responses: {
            /** @description The subscription. */
            200: {
                headers: {
                    /** @description `true` when this is a replayed answer. */
                    "Idempotent-Replayed"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "sub_Zx9Cv7Bn5Mm3Ll1Kk2Jj4h",
                     *       "object": "subscription",
                     *       "status": "active",
                     *       "customerId": "cus_Qw1Er2Ty3Ui4Op5As6Df7g",
                     *       "cardId": "card_Hs2Jd8Kf4Lg6Mh1Nj3Pk5q",
                     *       "testClockId": null,
                     *       "amount": 1990,
                     *       "currency": "EUR",
                     *       "interval": "month",
                     *       "intervalCount": 1,
                     *       "billingAnchor": "2027-01-31T10:00:00.000Z",
                     *       "trialEnd": null,
                     *       "currentPeriod": 0,
                     *       "currentPeriodStart": "2027-01-31T10:00:00.000Z",
                     *       "currentPeriodEnd": "2027-02-28T10:00:00.000Z",
                     *       "endAfterCycles": null,
                     *       "endAt": null,
                     *       "cancelAtPeriodEnd": true,
                     *       "initialTransactionId": "tx_Gm4Rk8Pq2Lw6Ys1Hv9Nb3c",
                     *       "merchantReference": "plan-pro-42",
                     *       "description": "Pro plan",
                     *       "metadata": {
                     *         "plan": "pro"
                     *       },
                     *       "mode": "test",
                     *       "createdAt": "2027-01-31T10:00:00.000Z",
                     *       "canceledAt": null,
                     *       "pausedAt": null,
                     *       "nextCharge": {
                     *         "id": "rch_Lk8Jh6Gf4Ds2Aq1Ws3Ed5r",
                     *         "object": "recurring_charge",
                     *         "period": 1,
                     *         "periodStart": "2027-02-28T10:00:00.000Z",
                     *         "periodEnd": "2027-03-31T10:00:00.000Z",
                     *         "amount": null,
                     *         "currency": "EUR",
                     *         "status": "scheduled",
                     *         "attempts": 0,
                     *         "nextAttemptAt": "2027-02-28T10:00:00.000Z",
                     *         "lastTransactionId": null,
                     *         "lastDeclineCode": null
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Subscription"];
                };
            };
            /** @description `invalid_json`, `parameter_invalid`, `body_unreadable` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `authentication_required`, `invalid_api_key`, `wrong_key_kind` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `resource_not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `idempotency_error`, `idempotency_key_in_use`, `invalid_state_transition` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `body_too_large` */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `unsupported_media_type` */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `internal_error` */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    createCardUpdateLink: {
        parameters: {
            query?: never;
            header?: {
                /** @description Same key and body within 24 hours replays the first answer (with `Idempotent-Replayed: true`); another body is refused. */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "returnUrl": "https://shop.example/account/billing"
                 *     }
                 */
                "application/json": {
                    returnUrl: string;
                };
            };
        };
        responses: {
            /** @description The payment request for the amount due. */
            201: {
                headers: {
                    /** @description `true` when this is a replayed answer. */
                    "Idempotent-Replayed"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "pr_8Zc2kQ1mW9yR4tUv7xYb0a",
                     *       "object": "payment_request",
                     *       "status": "open",
                     *       "intent": "payment",
                     *       "amount": 1990,
                     *       "currency": "EUR",
                     *       "merchantReference": "order-1",
                     *       "description": "T-shirt",
                     *       "metadata": {
                     *         "orderId": "1042"
                     *       },
                     *       "customerEmail": "ada@example.com",
                     *       "locale": "fr",
                     *       "returnUrl": "https://shop.example/account/billing",
                     *       "cancelUrl": null,
                     *       "captureMode": "automatic",
                     *       "saveCard": true,
                     *       "url": "https://pay.example/pay/pr_8Zc2kQ1mW9yR4tUv7xYb0a",
                     *       "embedUrl": "https://pay.example/embed/pr_8Zc2kQ1mW9yR4tUv7xYb0a",
                     *       "qrCodeUrl": "https://pay.example/pay/pr_8Zc2kQ1mW9yR4tUv7xYb0a/qr.svg",
                     *       "expiresAt": "2026-01-02T10:00:00.000Z",
                     *       "createdAt": "2026-01-01T10:00:00.000Z",
                     *       "completedAt": null,
                     *       "transactionId": null,
                     *       "cardTokenId": null,
                     *       "customerId": "cus_Qw1Er2Ty3Ui4Op5As6Df7g",
                     *       "cardId": null,
                     *       "attempts": 0,
                     *       "maxAttempts": 3,
                     *       "mode": "test",
                     *       "captureDelayDays": null,
                     *       "installments": null,
                     *       "installmentPlanId": null,
                     *       "subscriptionId": "sub_Zx9Cv7Bn5Mm3Ll1Kk2Jj4h"
                     *     }
                     */
                    "application/json": components["schemas"]["PaymentRequest"];
                };
            };
            /** @description `invalid_json`, `parameter_invalid`, `body_unreadable`, `return_url_not_allowed` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `authentication_required`, `invalid_api_key`, `wrong_key_kind` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `resource_not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `idempotency_error`, `idempotency_key_in_use`, `invalid_state_transition`, `live_mode_unavailable` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `body_too_large` */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `unsupported_media_type` */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `internal_error` */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listSubscriptionCharges: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The charges, oldest period first. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "object": "list",
                     *       "data": [
                     *         {
                     *           "id": "rch_Lk8Jh6Gf4Ds2Aq1Ws3Ed5r",
                     *           "object": "recurring_charge",
                     *           "period": 1,
                     *           "periodStart": "2027-02-28T10:00:00.000Z",
                     *           "periodEnd": "2027-03-31T10:00:00.000Z",
                     *           "amount": null,
                     *           "currency": "EUR",
                     *           "status": "scheduled",
                     *           "attempts": 0,
                     *           "nextAttemptAt": "2027-02-28T10:00:00.000Z",
                     *           "lastTransactionId": null,
                     *           "lastDeclineCode": null
                     *         }
                     *       ],
                     *       "hasMore": false,
                     *       "nextCursor": null
                     *     }
                     */
                    "application/json": components["schemas"]["RecurringChargeList"];
                };
            };
            /** @description `authentication_required`, `invalid_api_key`, `wrong_key_kind` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `resource_not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `internal_error` */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    pauseSubscription: {
        parameters: {
            query?: never;
            header?: {
                /** @description Same key and body within 24 hours replays the first answer (with `Idempotent-Replayed: true`); another body is refused. */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The subscription. */
            200: {
                headers: {
                    /** @description `true` when this is a replayed answer. */
                    "Idempotent-Replayed"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "sub_Zx9Cv7Bn5Mm3Ll1Kk2Jj4h",
                     *       "object": "subscription",
                     *       "status": "paused",
                     *       "customerId": "cus_Qw1Er2Ty3Ui4Op5As6Df7g",
                     *       "cardId": "card_Hs2Jd8Kf4Lg6Mh1Nj3Pk5q",
                     *       "testClockId": null,
                     *       "amount": 1990,
                     *       "currency": "EUR",
                     *       "interval": "month",
                     *       "intervalCount": 1,
                     *       "billingAnchor": "2027-01-31T10:00:00.000Z",
                     *       "trialEnd": null,
                     *       "currentPeriod": 0,
                     *       "currentPeriodStart": "2027-01-31T10:00:00.000Z",
                     *       "currentPeriodEnd": "2027-02-28T10:00:00.000Z",
                     *       "endAfterCycles": null,
                     *       "endAt": null,
                     *       "cancelAtPeriodEnd": false,
                     *       "initialTransactionId": "tx_Gm4Rk8Pq2Lw6Ys1Hv9Nb3c",
                     *       "merchantReference": "plan-pro-42",
                     *       "description": "Pro plan",
                     *       "metadata": {
                     *         "plan": "pro"
                     *       },
                     *       "mode": "test",
                     *       "createdAt": "2027-01-31T10:00:00.000Z",
                     *       "canceledAt": null,
                     *       "pausedAt": "2027-02-10T10:00:00.000Z",
                     *       "nextCharge": {
                     *         "id": "rch_Lk8Jh6Gf4Ds2Aq1Ws3Ed5r",
                     *         "object": "recurring_charge",
                     *         "period": 1,
                     *         "periodStart": "2027-02-28T10:00:00.000Z",
                     *         "periodEnd": "2027-03-31T10:00:00.000Z",
                     *         "amount": null,
                     *         "currency": "EUR",
                     *         "status": "scheduled",
                     *         "attempts": 0,
                     *         "nextAttemptAt": "2027-02-28T10:00:00.000Z",
                     *         "lastTransactionId": null,
                     *         "lastDeclineCode": null
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Subscription"];
                };
            };
            /** @description `parameter_invalid` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `authentication_required`, `invalid_api_key`, `wrong_key_kind` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `resource_not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `idempotency_error`, `idempotency_key_in_use`, `invalid_state_transition` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `internal_error` */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    resumeSubscription: {
        parameters: {
            query?: never;
            header?: {
                /** @description Same key and body within 24 hours replays the first answer (with `Idempotent-Replayed: true`); another body is refused. */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The subscription. */
            200: {
                headers: {
                    /** @description `true` when this is a replayed answer. */
                    "Idempotent-Replayed"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "sub_Zx9Cv7Bn5Mm3Ll1Kk2Jj4h",
                     *       "object": "subscription",
                     *       "status": "active",
                     *       "customerId": "cus_Qw1Er2Ty3Ui4Op5As6Df7g",
                     *       "cardId": "card_Hs2Jd8Kf4Lg6Mh1Nj3Pk5q",
                     *       "testClockId": null,
                     *       "amount": 1990,
                     *       "currency": "EUR",
                     *       "interval": "month",
                     *       "intervalCount": 1,
                     *       "billingAnchor": "2027-01-31T10:00:00.000Z",
                     *       "trialEnd": null,
                     *       "currentPeriod": 0,
                     *       "currentPeriodStart": "2027-01-31T10:00:00.000Z",
                     *       "currentPeriodEnd": "2027-02-28T10:00:00.000Z",
                     *       "endAfterCycles": null,
                     *       "endAt": null,
                     *       "cancelAtPeriodEnd": false,
                     *       "initialTransactionId": "tx_Gm4Rk8Pq2Lw6Ys1Hv9Nb3c",
                     *       "merchantReference": "plan-pro-42",
                     *       "description": "Pro plan",
                     *       "metadata": {
                     *         "plan": "pro"
                     *       },
                     *       "mode": "test",
                     *       "createdAt": "2027-01-31T10:00:00.000Z",
                     *       "canceledAt": null,
                     *       "pausedAt": null,
                     *       "nextCharge": {
                     *         "id": "rch_Lk8Jh6Gf4Ds2Aq1Ws3Ed5r",
                     *         "object": "recurring_charge",
                     *         "period": 1,
                     *         "periodStart": "2027-02-28T10:00:00.000Z",
                     *         "periodEnd": "2027-03-31T10:00:00.000Z",
                     *         "amount": null,
                     *         "currency": "EUR",
                     *         "status": "scheduled",
                     *         "attempts": 0,
                     *         "nextAttemptAt": "2027-02-28T10:00:00.000Z",
                     *         "lastTransactionId": null,
                     *         "lastDeclineCode": null
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Subscription"];
                };
            };
            /** @description `parameter_invalid` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `authentication_required`, `invalid_api_key`, `wrong_key_kind` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `resource_not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `idempotency_error`, `idempotency_key_in_use`, `invalid_state_transition` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `internal_error` */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    createTestClock: {
        parameters: {
            query?: never;
            header?: {
                /** @description Same key and body within 24 hours replays the first answer (with `Idempotent-Replayed: true`); another body is refused. */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "frozenTime": "2027-01-31T10:00:00Z",
                 *       "name": "annual plan"
                 *     }
                 */
                "application/json": {
                    /** Format: date-time */
                    frozenTime: string;
                    name?: string;
                };
            };
        };
        responses: {
            /** @description The clock, `ready`. */
            201: {
                headers: {
                    /** @description `true` when this is a replayed answer. */
                    "Idempotent-Replayed"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "clk_Vb3Nm5Qw7Er9Ty1Ui2Op4a",
                     *       "object": "test_clock",
                     *       "name": "annual plan",
                     *       "frozenTime": "2027-01-31T10:00:00.000Z",
                     *       "status": "ready",
                     *       "mode": "test",
                     *       "createdAt": "2026-01-01T10:00:00.000Z"
                     *     }
                     */
                    "application/json": components["schemas"]["TestClock"];
                };
            };
            /** @description `invalid_json`, `parameter_invalid`, `body_unreadable`, `test_mode_only` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `authentication_required`, `invalid_api_key`, `wrong_key_kind` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `idempotency_error`, `idempotency_key_in_use` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `body_too_large` */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `unsupported_media_type` */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `internal_error` */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getTestClock: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The clock. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "clk_Vb3Nm5Qw7Er9Ty1Ui2Op4a",
                     *       "object": "test_clock",
                     *       "name": "annual plan",
                     *       "frozenTime": "2027-01-31T10:00:00.000Z",
                     *       "status": "ready",
                     *       "mode": "test",
                     *       "createdAt": "2026-01-01T10:00:00.000Z"
                     *     }
                     */
                    "application/json": components["schemas"]["TestClock"];
                };
            };
            /** @description `authentication_required`, `invalid_api_key`, `wrong_key_kind` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `resource_not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `internal_error` */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    advanceTestClock: {
        parameters: {
            query?: never;
            header?: {
                /** @description Same key and body within 24 hours replays the first answer (with `Idempotent-Replayed: true`); another body is refused. */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "to": "2027-12-31T12:00:00Z"
                 *     }
                 */
                "application/json": {
                    /** Format: date-time */
                    to: string;
                };
            };
        };
        responses: {
            /** @description The clock, `ready` at `to`. */
            200: {
                headers: {
                    /** @description `true` when this is a replayed answer. */
                    "Idempotent-Replayed"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "clk_Vb3Nm5Qw7Er9Ty1Ui2Op4a",
                     *       "object": "test_clock",
                     *       "name": "annual plan",
                     *       "frozenTime": "2027-12-31T12:00:00.000Z",
                     *       "status": "ready",
                     *       "mode": "test",
                     *       "createdAt": "2026-01-01T10:00:00.000Z"
                     *     }
                     */
                    "application/json": components["schemas"]["TestClock"];
                };
            };
            /** @description `invalid_json`, `parameter_invalid`, `body_unreadable`, `test_mode_only` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `authentication_required`, `invalid_api_key`, `wrong_key_kind` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `resource_not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `idempotency_error`, `idempotency_key_in_use`, `test_clock_advancing`, `live_mode_unavailable`, `invalid_state_transition` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `body_too_large` */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `unsupported_media_type` */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `internal_error` */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `acquirer_unavailable` */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listTransactions: {
        parameters: {
            query?: {
                amount?: string;
                amountMax?: string;
                amountMin?: string;
                brand?: string;
                createdFrom?: string;
                createdTo?: string;
                currency?: string;
                customerEmail?: string;
                customerId?: string;
                installmentPlanId?: string;
                last4?: string;
                limit?: string;
                merchantReference?: string;
                metadata?: {
                    [key: string]: string;
                };
                startingAfter?: string;
                status?: string;
                subscriptionId?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of transactions. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "object": "list",
                     *       "data": [
                     *         {
                     *           "id": "tx_Gm4Rk8Pq2Lw6Ys1Hv9Nb3c",
                     *           "object": "transaction",
                     *           "status": "captured",
                     *           "amount": 2500,
                     *           "currency": "EUR",
                     *           "capturedAmount": 2500,
                     *           "refundedAmount": 0,
                     *           "captureMode": "automatic",
                     *           "merchantReference": "order-1",
                     *           "description": "T-shirt",
                     *           "metadata": {
                     *             "orderId": "1042"
                     *           },
                     *           "customerEmail": "ada@example.com",
                     *           "paymentRequestId": null,
                     *           "channel": "api",
                     *           "customerId": null,
                     *           "cardId": null,
                     *           "sourceTransactionId": null,
                     *           "initiatedBy": "customer",
                     *           "storedCredential": false,
                     *           "card": {
                     *             "brand": "visa",
                     *             "bin": "424242",
                     *             "last4": "4242",
                     *             "expMonth": 12,
                     *             "expYear": 2030
                     *           },
                     *           "responseCode": "00",
                     *           "declineCode": null,
                     *           "authorizationCode": "A1B2C3",
                     *           "threeDs": {
                     *             "version": "2.2.0",
                     *             "transStatus": "Y",
                     *             "eci": "05",
                     *             "liabilityShift": true,
                     *             "challenged": false
                     *           },
                     *           "mode": "test",
                     *           "createdAt": "2026-01-01T10:00:00.000Z",
                     *           "authorizedAt": "2026-01-01T10:00:01.000Z",
                     *           "capturedAt": "2026-01-01T10:00:01.000Z",
                     *           "settledAt": null,
                     *           "canceledAt": null,
                     *           "settlementId": null,
                     *           "risk": {
                     *             "object": "risk_assessment",
                     *             "id": "ra_Kp3Xw8Vb2Nq6Lr1Ts5Yh9g",
                     *             "score": 5,
                     *             "outcome": "allow",
                     *             "rule": null,
                     *             "rules": [
                     *               {
                     *                 "id": "platform.first_seen",
                     *                 "name": "First payment with this card at this merchant",
                     *                 "action": null,
                     *                 "score": 5,
                     *                 "signals": [
                     *                   {
                     *                     "type": "card_first_seen",
                     *                     "firstSeen": true
                     *                   }
                     *                 ]
                     *               }
                     *             ],
                     *             "cardCountry": "US",
                     *             "cardFunding": "credit",
                     *             "ipCountry": "FR",
                     *             "review": null,
                     *             "createdAt": "2026-01-01T10:00:00.000Z"
                     *           },
                     *           "subscriptionId": null,
                     *           "installmentPlanId": null,
                     *           "billingPeriod": null,
                     *           "initialTransactionId": null,
                     *           "autoCaptureAt": null
                     *         }
                     *       ],
                     *       "hasMore": false,
                     *       "nextCursor": null
                     *     }
                     */
                    "application/json": components["schemas"]["TransactionList"];
                };
            };
            /** @description `parameter_invalid` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `authentication_required`, `invalid_api_key`, `wrong_key_kind` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `resource_not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `internal_error` */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    createTransaction: {
        parameters: {
            query?: never;
            header?: {
                /** @description Same key and body within 24 hours replays the first answer (with `Idempotent-Replayed: true`); another body is refused. */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "amount": 2500,
                 *       "currency": "EUR",
                 *       "cardTokenId": "ctok_Xb1Vq9Lm3Kz8Yw2Tn6Rs4P",
                 *       "merchantReference": "order-1",
                 *       "captureMode": "automatic",
                 *       "description": "T-shirt",
                 *       "metadata": {
                 *         "orderId": "1042"
                 *       }
                 *     }
                 */
                "application/json": {
                    amount: number;
                    captureDelayDays?: number;
                    /** @enum {string} */
                    captureMode?: "automatic" | "manual" | "delayed";
                    cardId?: string;
                    cardTokenId?: string;
                    currency: string;
                    /** Format: email */
                    customerEmail?: string;
                    customerId?: string;
                    description?: string;
                    /** @enum {string} */
                    initiatedBy?: "customer" | "merchant";
                    merchantReference?: string;
                    /** @description Your own key → value strings: at most 50 keys of 1–40 characters, values up to 500. */
                    metadata?: {
                        [key: string]: string;
                    };
                    sourceTransactionId?: string;
                };
            };
        };
        responses: {
            /** @description The transaction: authorized, captured, or requires_action (with clientSecret). */
            201: {
                headers: {
                    /** @description `true` when this is a replayed answer. */
                    "Idempotent-Replayed"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "tx_Gm4Rk8Pq2Lw6Ys1Hv9Nb3c",
                     *       "object": "transaction",
                     *       "status": "captured",
                     *       "amount": 2500,
                     *       "currency": "EUR",
                     *       "capturedAmount": 2500,
                     *       "refundedAmount": 0,
                     *       "captureMode": "automatic",
                     *       "merchantReference": "order-1",
                     *       "description": "T-shirt",
                     *       "metadata": {
                     *         "orderId": "1042"
                     *       },
                     *       "customerEmail": "ada@example.com",
                     *       "paymentRequestId": null,
                     *       "channel": "api",
                     *       "customerId": null,
                     *       "cardId": null,
                     *       "sourceTransactionId": null,
                     *       "initiatedBy": "customer",
                     *       "storedCredential": false,
                     *       "card": {
                     *         "brand": "visa",
                     *         "bin": "424242",
                     *         "last4": "4242",
                     *         "expMonth": 12,
                     *         "expYear": 2030
                     *       },
                     *       "responseCode": "00",
                     *       "declineCode": null,
                     *       "authorizationCode": "A1B2C3",
                     *       "threeDs": {
                     *         "version": "2.2.0",
                     *         "transStatus": "Y",
                     *         "eci": "05",
                     *         "liabilityShift": true,
                     *         "challenged": false
                     *       },
                     *       "mode": "test",
                     *       "createdAt": "2026-01-01T10:00:00.000Z",
                     *       "authorizedAt": "2026-01-01T10:00:01.000Z",
                     *       "capturedAt": "2026-01-01T10:00:01.000Z",
                     *       "settledAt": null,
                     *       "canceledAt": null,
                     *       "settlementId": null,
                     *       "risk": {
                     *         "object": "risk_assessment",
                     *         "id": "ra_Kp3Xw8Vb2Nq6Lr1Ts5Yh9g",
                     *         "score": 5,
                     *         "outcome": "allow",
                     *         "rule": null,
                     *         "rules": [
                     *           {
                     *             "id": "platform.first_seen",
                     *             "name": "First payment with this card at this merchant",
                     *             "action": null,
                     *             "score": 5,
                     *             "signals": [
                     *               {
                     *                 "type": "card_first_seen",
                     *                 "firstSeen": true
                     *               }
                     *             ]
                     *           }
                     *         ],
                     *         "cardCountry": "US",
                     *         "cardFunding": "credit",
                     *         "ipCountry": "FR",
                     *         "review": null,
                     *         "createdAt": "2026-01-01T10:00:00.000Z"
                     *       },
                     *       "subscriptionId": null,
                     *       "installmentPlanId": null,
                     *       "billingPeriod": null,
                     *       "initialTransactionId": null,
                     *       "autoCaptureAt": null
                     *     }
                     */
                    "application/json": components["schemas"]["CreatedTransaction"];
                };
            };
            /** @description `invalid_json`, `parameter_invalid`, `body_unreadable` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `authentication_required`, `invalid_api_key`, `wrong_key_kind` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `card_declined` */
            402: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `resource_not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `idempotency_error`, `idempotency_key_in_use`, `card_token_used`, `card_not_chargeable`, `source_transaction_not_reusable`, `merchant_initiated_not_allowed`, `live_mode_unavailable` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `card_token_expired` */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `body_too_large` */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `unsupported_media_type` */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `internal_error` */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `acquirer_unavailable` */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getTransaction: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The transaction. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "tx_Gm4Rk8Pq2Lw6Ys1Hv9Nb3c",
                     *       "object": "transaction",
                     *       "status": "captured",
                     *       "amount": 2500,
                     *       "currency": "EUR",
                     *       "capturedAmount": 2500,
                     *       "refundedAmount": 0,
                     *       "captureMode": "automatic",
                     *       "merchantReference": "order-1",
                     *       "description": "T-shirt",
                     *       "metadata": {
                     *         "orderId": "1042"
                     *       },
                     *       "customerEmail": "ada@example.com",
                     *       "paymentRequestId": null,
                     *       "channel": "api",
                     *       "customerId": null,
                     *       "cardId": null,
                     *       "sourceTransactionId": null,
                     *       "initiatedBy": "customer",
                     *       "storedCredential": false,
                     *       "card": {
                     *         "brand": "visa",
                     *         "bin": "424242",
                     *         "last4": "4242",
                     *         "expMonth": 12,
                     *         "expYear": 2030
                     *       },
                     *       "responseCode": "00",
                     *       "declineCode": null,
                     *       "authorizationCode": "A1B2C3",
                     *       "threeDs": {
                     *         "version": "2.2.0",
                     *         "transStatus": "Y",
                     *         "eci": "05",
                     *         "liabilityShift": true,
                     *         "challenged": false
                     *       },
                     *       "mode": "test",
                     *       "createdAt": "2026-01-01T10:00:00.000Z",
                     *       "authorizedAt": "2026-01-01T10:00:01.000Z",
                     *       "capturedAt": "2026-01-01T10:00:01.000Z",
                     *       "settledAt": null,
                     *       "canceledAt": null,
                     *       "settlementId": null,
                     *       "risk": {
                     *         "object": "risk_assessment",
                     *         "id": "ra_Kp3Xw8Vb2Nq6Lr1Ts5Yh9g",
                     *         "score": 5,
                     *         "outcome": "allow",
                     *         "rule": null,
                     *         "rules": [
                     *           {
                     *             "id": "platform.first_seen",
                     *             "name": "First payment with this card at this merchant",
                     *             "action": null,
                     *             "score": 5,
                     *             "signals": [
                     *               {
                     *                 "type": "card_first_seen",
                     *                 "firstSeen": true
                     *               }
                     *             ]
                     *           }
                     *         ],
                     *         "cardCountry": "US",
                     *         "cardFunding": "credit",
                     *         "ipCountry": "FR",
                     *         "review": null,
                     *         "createdAt": "2026-01-01T10:00:00.000Z"
                     *       },
                     *       "subscriptionId": null,
                     *       "installmentPlanId": null,
                     *       "billingPeriod": null,
                     *       "initialTransactionId": null,
                     *       "autoCaptureAt": null,
                     *       "refunds": [],
                     *       "timeline": [
                     *         {
                     *           "type": "transaction.authorized",
                     *           "at": "2026-01-01T10:00:01.000Z",
                     *           "objectId": "tx_Gm4Rk8Pq2Lw6Ys1Hv9Nb3c"
                     *         },
                     *         {
                     *           "type": "transaction.captured",
                     *           "at": "2026-01-01T10:00:01.000Z",
                     *           "objectId": "tx_Gm4Rk8Pq2Lw6Ys1Hv9Nb3c"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["TransactionDetail"];
                };
            };
            /** @description `authentication_required`, `invalid_api_key`, `wrong_key_kind` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `resource_not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `internal_error` */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    cancelTransaction: {
        parameters: {
            query?: never;
            header?: {
                /** @description Same key and body within 24 hours replays the first answer (with `Idempotent-Replayed: true`); another body is refused. */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The canceled transaction. */
            200: {
                headers: {
                    /** @description `true` when this is a replayed answer. */
                    "Idempotent-Replayed"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "tx_Gm4Rk8Pq2Lw6Ys1Hv9Nb3c",
                     *       "object": "transaction",
                     *       "status": "canceled",
                     *       "amount": 2500,
                     *       "currency": "EUR",
                     *       "capturedAmount": 2500,
                     *       "refundedAmount": 0,
                     *       "captureMode": "automatic",
                     *       "merchantReference": "order-1",
                     *       "description": "T-shirt",
                     *       "metadata": {
                     *         "orderId": "1042"
                     *       },
                     *       "customerEmail": "ada@example.com",
                     *       "paymentRequestId": null,
                     *       "channel": "api",
                     *       "customerId": null,
                     *       "cardId": null,
                     *       "sourceTransactionId": null,
                     *       "initiatedBy": "customer",
                     *       "storedCredential": false,
                     *       "card": {
                     *         "brand": "visa",
                     *         "bin": "424242",
                     *         "last4": "4242",
                     *         "expMonth": 12,
                     *         "expYear": 2030
                     *       },
                     *       "responseCode": "00",
                     *       "declineCode": null,
                     *       "authorizationCode": "A1B2C3",
                     *       "threeDs": {
                     *         "version": "2.2.0",
                     *         "transStatus": "Y",
                     *         "eci": "05",
                     *         "liabilityShift": true,
                     *         "challenged": false
                     *       },
                     *       "mode": "test",
                     *       "createdAt": "2026-01-01T10:00:00.000Z",
                     *       "authorizedAt": "2026-01-01T10:00:01.000Z",
                     *       "capturedAt": "2026-01-01T10:00:01.000Z",
                     *       "settledAt": null,
                     *       "canceledAt": "2026-01-01T11:00:00.000Z",
                     *       "settlementId": null,
                     *       "risk": {
                     *         "object": "risk_assessment",
                     *         "id": "ra_Kp3Xw8Vb2Nq6Lr1Ts5Yh9g",
                     *         "score": 5,
                     *         "outcome": "allow",
                     *         "rule": null,
                     *         "rules": [
                     *           {
                     *             "id": "platform.first_seen",
                     *             "name": "First payment with this card at this merchant",
                     *             "action": null,
                     *             "score": 5,
                     *             "signals": [
                     *               {
                     *                 "type": "card_first_seen",
                     *                 "firstSeen": true
                     *               }
                     *             ]
                     *           }
                     *         ],
                     *         "cardCountry": "US",
                     *         "cardFunding": "credit",
                     *         "ipCountry": "FR",
                     *         "review": null,
                     *         "createdAt": "2026-01-01T10:00:00.000Z"
                     *       },
                     *       "subscriptionId": null,
                     *       "installmentPlanId": null,
                     *       "billingPeriod": null,
                     *       "initialTransactionId": null,
                     *       "autoCaptureAt": null
                     *     }
                     */
                    "application/json": components["schemas"]["Transaction"];
                };
            };
            /** @description `parameter_invalid` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `authentication_required`, `invalid_api_key`, `wrong_key_kind` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `resource_not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `idempotency_error`, `idempotency_key_in_use`, `transaction_not_cancelable`, `invalid_state_transition`, `live_mode_unavailable` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `internal_error` */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `acquirer_unavailable` */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    captureTransaction: {
        parameters: {
            query?: never;
            header?: {
                /** @description Same key and body within 24 hours replays the first answer (with `Idempotent-Replayed: true`); another body is refused. */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "amount": 1500
                 *     }
                 */
                "application/json": {
                    amount?: number;
                };
            };
        };
        responses: {
            /** @description The captured transaction. */
            200: {
                headers: {
                    /** @description `true` when this is a replayed answer. */
                    "Idempotent-Replayed"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "tx_Gm4Rk8Pq2Lw6Ys1Hv9Nb3c",
                     *       "object": "transaction",
                     *       "status": "captured",
                     *       "amount": 2500,
                     *       "currency": "EUR",
                     *       "capturedAmount": 1500,
                     *       "refundedAmount": 0,
                     *       "captureMode": "manual",
                     *       "merchantReference": "order-1",
                     *       "description": "T-shirt",
                     *       "metadata": {
                     *         "orderId": "1042"
                     *       },
                     *       "customerEmail": "ada@example.com",
                     *       "paymentRequestId": null,
                     *       "channel": "api",
                     *       "customerId": null,
                     *       "cardId": null,
                     *       "sourceTransactionId": null,
                     *       "initiatedBy": "customer",
                     *       "storedCredential": false,
                     *       "card": {
                     *         "brand": "visa",
                     *         "bin": "424242",
                     *         "last4": "4242",
                     *         "expMonth": 12,
                     *         "expYear": 2030
                     *       },
                     *       "responseCode": "00",
                     *       "declineCode": null,
                     *       "authorizationCode": "A1B2C3",
                     *       "threeDs": {
                     *         "version": "2.2.0",
                     *         "transStatus": "Y",
                     *         "eci": "05",
                     *         "liabilityShift": true,
                     *         "challenged": false
                     *       },
                     *       "mode": "test",
                     *       "createdAt": "2026-01-01T10:00:00.000Z",
                     *       "authorizedAt": "2026-01-01T10:00:01.000Z",
                     *       "capturedAt": "2026-01-01T10:00:01.000Z",
                     *       "settledAt": null,
                     *       "canceledAt": null,
                     *       "settlementId": null,
                     *       "risk": {
                     *         "object": "risk_assessment",
                     *         "id": "ra_Kp3Xw8Vb2Nq6Lr1Ts5Yh9g",
                     *         "score": 5,
                     *         "outcome": "allow",
                     *         "rule": null,
                     *         "rules": [
                     *           {
                     *             "id": "platform.first_seen",
                     *             "name": "First payment with this card at this merchant",
                     *             "action": null,
                     *             "score": 5,
                     *             "signals": [
                     *               {
                     *                 "type": "card_first_seen",
                     *                 "firstSeen": true
                     *               }
                     *             ]
                     *           }
                     *         ],
                     *         "cardCountry": "US",
                     *         "cardFunding": "credit",
                     *         "ipCountry": "FR",
                     *         "review": null,
                     *         "createdAt": "2026-01-01T10:00:00.000Z"
                     *       },
                     *       "subscriptionId": null,
                     *       "installmentPlanId": null,
                     *       "billingPeriod": null,
                     *       "initialTransactionId": null,
                     *       "autoCaptureAt": null
                     *     }
                     */
                    "application/json": components["schemas"]["Transaction"];
                };
            };
            /** @description `invalid_json`, `parameter_invalid`, `body_unreadable`, `capture_exceeds_authorized` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `authentication_required`, `invalid_api_key`, `wrong_key_kind` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `resource_not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `idempotency_error`, `idempotency_key_in_use`, `transaction_not_capturable`, `invalid_state_transition`, `live_mode_unavailable` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `body_too_large` */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `unsupported_media_type` */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `internal_error` */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `acquirer_unavailable` */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listRefunds: {
        parameters: {
            query?: {
                limit?: string;
                metadata?: {
                    [key: string]: string;
                };
                startingAfter?: string;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of refunds. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "object": "list",
                     *       "data": [
                     *         {
                     *           "id": "re_Tz7Wq3Ed5Rf1Gb8Nh2Mk4j",
                     *           "object": "refund",
                     *           "transactionId": "tx_Gm4Rk8Pq2Lw6Ys1Hv9Nb3c",
                     *           "amount": 1000,
                     *           "currency": "EUR",
                     *           "status": "succeeded",
                     *           "reason": "damaged item",
                     *           "description": null,
                     *           "metadata": {},
                     *           "mode": "test",
                     *           "createdAt": "2026-01-03T09:00:00.000Z"
                     *         }
                     *       ],
                     *       "hasMore": false,
                     *       "nextCursor": null
                     *     }
                     */
                    "application/json": components["schemas"]["RefundList"];
                };
            };
            /** @description `parameter_invalid` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `authentication_required`, `invalid_api_key`, `wrong_key_kind` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `resource_not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `internal_error` */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    createRefund: {
        parameters: {
            query?: never;
            header?: {
                /** @description Same key and body within 24 hours replays the first answer (with `Idempotent-Replayed: true`); another body is refused. */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "amount": 1000,
                 *       "reason": "damaged item"
                 *     }
                 */
                "application/json": {
                    amount?: number;
                    description?: string;
                    /** @description Your own key → value strings: at most 50 keys of 1–40 characters, values up to 500. */
                    metadata?: {
                        [key: string]: string;
                    };
                    reason?: string;
                };
            };
        };
        responses: {
            /** @description The refund, with the transaction after it. */
            201: {
                headers: {
                    /** @description `true` when this is a replayed answer. */
                    "Idempotent-Replayed"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "re_Tz7Wq3Ed5Rf1Gb8Nh2Mk4j",
                     *       "object": "refund",
                     *       "transactionId": "tx_Gm4Rk8Pq2Lw6Ys1Hv9Nb3c",
                     *       "amount": 1000,
                     *       "currency": "EUR",
                     *       "status": "succeeded",
                     *       "reason": "damaged item",
                     *       "description": null,
                     *       "metadata": {},
                     *       "mode": "test",
                     *       "createdAt": "2026-01-03T09:00:00.000Z",
                     *       "transaction": {
                     *         "id": "tx_Gm4Rk8Pq2Lw6Ys1Hv9Nb3c",
                     *         "object": "transaction",
                     *         "status": "partially_refunded",
                     *         "amount": 2500,
                     *         "currency": "EUR",
                     *         "capturedAmount": 2500,
                     *         "refundedAmount": 1000,
                     *         "captureMode": "automatic",
                     *         "merchantReference": "order-1",
                     *         "description": "T-shirt",
                     *         "metadata": {
                     *           "orderId": "1042"
                     *         },
                     *         "customerEmail": "ada@example.com",
                     *         "paymentRequestId": null,
                     *         "channel": "api",
                     *         "customerId": null,
                     *         "cardId": null,
                     *         "sourceTransactionId": null,
                     *         "initiatedBy": "customer",
                     *         "storedCredential": false,
                     *         "card": {
                     *           "brand": "visa",
                     *           "bin": "424242",
                     *           "last4": "4242",
                     *           "expMonth": 12,
                     *           "expYear": 2030
                     *         },
                     *         "responseCode": "00",
                     *         "declineCode": null,
                     *         "authorizationCode": "A1B2C3",
                     *         "threeDs": {
                     *           "version": "2.2.0",
                     *           "transStatus": "Y",
                     *           "eci": "05",
                     *           "liabilityShift": true,
                     *           "challenged": false
                     *         },
                     *         "mode": "test",
                     *         "createdAt": "2026-01-01T10:00:00.000Z",
                     *         "authorizedAt": "2026-01-01T10:00:01.000Z",
                     *         "capturedAt": "2026-01-01T10:00:01.000Z",
                     *         "settledAt": null,
                     *         "canceledAt": null,
                     *         "settlementId": null,
                     *         "risk": {
                     *           "object": "risk_assessment",
                     *           "id": "ra_Kp3Xw8Vb2Nq6Lr1Ts5Yh9g",
                     *           "score": 5,
                     *           "outcome": "allow",
                     *           "rule": null,
                     *           "rules": [
                     *             {
                     *               "id": "platform.first_seen",
                     *               "name": "First payment with this card at this merchant",
                     *               "action": null,
                     *               "score": 5,
                     *               "signals": [
                     *                 {
                     *                   "type": "card_first_seen",
                     *                   "firstSeen": true
                     *                 }
                     *               ]
                     *             }
                     *           ],
                     *           "cardCountry": "US",
                     *           "cardFunding": "credit",
                     *           "ipCountry": "FR",
                     *           "review": null,
                     *           "createdAt": "2026-01-01T10:00:00.000Z"
                     *         },
                     *         "subscriptionId": null,
                     *         "installmentPlanId": null,
                     *         "billingPeriod": null,
                     *         "initialTransactionId": null,
                     *         "autoCaptureAt": null
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["RefundWithTransaction"];
                };
            };
            /** @description `invalid_json`, `parameter_invalid`, `body_unreadable`, `refund_exceeds_remaining` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `authentication_required`, `invalid_api_key`, `wrong_key_kind` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `resource_not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `idempotency_error`, `idempotency_key_in_use`, `transaction_not_refundable`, `invalid_state_transition`, `live_mode_unavailable` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `body_too_large` */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `unsupported_media_type` */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `internal_error` */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `acquirer_unavailable` */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getTransactionStatus: {
        parameters: {
            query: {
                client_secret: string;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The status. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "tx_Gm4Rk8Pq2Lw6Ys1Hv9Nb3c",
                     *       "object": "transaction_status",
                     *       "status": "authorized",
                     *       "declineCode": null,
                     *       "actionExpiresAt": null
                     *     }
                     */
                    "application/json": components["schemas"]["TransactionStatus"];
                };
            };
            /** @description `parameter_invalid` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `invalid_client_secret`, `origin_not_allowed` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `internal_error` */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listWebhookEndpoints: {
        parameters: {
            query?: {
                metadata?: {
                    [key: string]: string;
                };
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The endpoints, without secrets. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "object": "list",
                     *       "data": [
                     *         {
                     *           "id": "we_i975I9ERr7vBi0utJ_2Xuw",
                     *           "object": "webhook_endpoint",
                     *           "mode": "test",
                     *           "url": "https://shop.example/webhooks/jeton",
                     *           "eventTypes": [
                     *             "payment_request.succeeded"
                     *           ],
                     *           "description": "Order fulfilment",
                     *           "metadata": {},
                     *           "createdAt": "2026-01-01T10:00:00.000Z"
                     *         }
                     *       ],
                     *       "hasMore": false,
                     *       "nextCursor": null
                     *     }
                     */
                    "application/json": components["schemas"]["WebhookEndpointList"];
                };
            };
            /** @description `parameter_invalid` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `authentication_required`, `invalid_api_key`, `wrong_key_kind` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `internal_error` */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    createWebhookEndpoint: {
        parameters: {
            query?: never;
            header?: {
                /** @description Same key and body within 24 hours replays the first answer (with `Idempotent-Replayed: true`); another body is refused. */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "url": "https://shop.example/webhooks/jeton",
                 *       "events": [
                 *         "payment_request.succeeded"
                 *       ]
                 *     }
                 */
                "application/json": {
                    description?: string;
                    events?: string[];
                    /** @description Your own key → value strings: at most 50 keys of 1–40 characters, values up to 500. */
                    metadata?: {
                        [key: string]: string;
                    };
                    url: string;
                };
            };
        };
        responses: {
            /** @description The endpoint with its secret. */
            201: {
                headers: {
                    /** @description `true` when this is a replayed answer. */
                    "Idempotent-Replayed"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "we_i975I9ERr7vBi0utJ_2Xuw",
                     *       "object": "webhook_endpoint",
                     *       "mode": "test",
                     *       "url": "https://shop.example/webhooks/jeton",
                     *       "eventTypes": [
                     *         "payment_request.succeeded"
                     *       ],
                     *       "description": "Order fulfilment",
                     *       "metadata": {},
                     *       "createdAt": "2026-01-01T10:00:00.000Z",
                     *       "secret": "whsec_z6oiCqMaEFJ/r+hRS5ca/X8O2SV01uiyijyiJcF+k0s="
                     *     }
                     */
                    "application/json": components["schemas"]["CreatedWebhookEndpoint"];
                };
            };
            /** @description `invalid_json`, `parameter_invalid`, `body_unreadable`, `webhook_url_not_allowed` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `authentication_required`, `invalid_api_key`, `wrong_key_kind` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `idempotency_error`, `idempotency_key_in_use` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `body_too_large` */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `unsupported_media_type` */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `internal_error` */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getWebhookEndpoint: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The endpoint, without its secret. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "we_i975I9ERr7vBi0utJ_2Xuw",
                     *       "object": "webhook_endpoint",
                     *       "mode": "test",
                     *       "url": "https://shop.example/webhooks/jeton",
                     *       "eventTypes": [
                     *         "payment_request.succeeded"
                     *       ],
                     *       "description": "Order fulfilment",
                     *       "metadata": {},
                     *       "createdAt": "2026-01-01T10:00:00.000Z"
                     *     }
                     */
                    "application/json": components["schemas"]["WebhookEndpoint"];
                };
            };
            /** @description `authentication_required`, `invalid_api_key`, `wrong_key_kind` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `resource_not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `internal_error` */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    deleteWebhookEndpoint: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The deleted endpoint. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "we_i975I9ERr7vBi0utJ_2Xuw",
                     *       "object": "webhook_endpoint",
                     *       "deleted": true
                     *     }
                     */
                    "application/json": components["schemas"]["DeletedWebhookEndpoint"];
                };
            };
            /** @description `authentication_required`, `invalid_api_key`, `wrong_key_kind` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `resource_not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `internal_error` */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    webhook_customer_card_deleted: {
        parameters: {
            query?: never;
            header: {
                /** @description The event id: the same on every retry, deduplicate on it. */
                "webhook-id": string;
                /** @description `v1,<base64 HMAC-SHA256>` of `{webhook-id}.{webhook-timestamp}.{body}` with the endpoint's `whsec_` secret (Standard Webhooks); several, space separated, during a secret rotation. */
                "webhook-signature": string;
                /** @description Seconds since the epoch when this attempt was signed; refuse old ones (5 minutes). */
                "webhook-timestamp": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** Format: date-time */
                    createdAt: string;
                    data: components["schemas"]["Card"];
                    /** @description The event id (`evt_…`), also in the `webhook-id` header: deduplicate on it. */
                    id: string;
                    /** @constant */
                    type: "customer.card.deleted";
                };
            };
        };
        responses: {
            /** @description Any 2xx acknowledges the event; anything else, or no answer within 10 seconds, is retried. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    webhook_customer_card_saved: {
        parameters: {
            query?: never;
            header: {
                /** @description The event id: the same on every retry, deduplicate on it. */
                "webhook-id": string;
                /** @description `v1,<base64 HMAC-SHA256>` of `{webhook-id}.{webhook-timestamp}.{body}` with the endpoint's `whsec_` secret (Standard Webhooks); several, space separated, during a secret rotation. */
                "webhook-signature": string;
                /** @description Seconds since the epoch when this attempt was signed; refuse old ones (5 minutes). */
                "webhook-timestamp": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** Format: date-time */
                    createdAt: string;
                    data: components["schemas"]["Card"];
                    /** @description The event id (`evt_…`), also in the `webhook-id` header: deduplicate on it. */
                    id: string;
                    /** @constant */
                    type: "customer.card.saved";
                };
            };
        };
        responses: {
            /** @description Any 2xx acknowledges the event; anything else, or no answer within 10 seconds, is retried. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    webhook_customer_created: {
        parameters: {
            query?: never;
            header: {
                /** @description The event id: the same on every retry, deduplicate on it. */
                "webhook-id": string;
                /** @description `v1,<base64 HMAC-SHA256>` of `{webhook-id}.{webhook-timestamp}.{body}` with the endpoint's `whsec_` secret (Standard Webhooks); several, space separated, during a secret rotation. */
                "webhook-signature": string;
                /** @description Seconds since the epoch when this attempt was signed; refuse old ones (5 minutes). */
                "webhook-timestamp": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** Format: date-time */
                    createdAt: string;
                    data: components["schemas"]["Customer"];
                    /** @description The event id (`evt_…`), also in the `webhook-id` header: deduplicate on it. */
                    id: string;
                    /** @constant */
                    type: "customer.created";
                };
            };
        };
        responses: {
            /** @description Any 2xx acknowledges the event; anything else, or no answer within 10 seconds, is retried. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    webhook_customer_deleted: {
        parameters: {
            query?: never;
            header: {
                /** @description The event id: the same on every retry, deduplicate on it. */
                "webhook-id": string;
                /** @description `v1,<base64 HMAC-SHA256>` of `{webhook-id}.{webhook-timestamp}.{body}` with the endpoint's `whsec_` secret (Standard Webhooks); several, space separated, during a secret rotation. */
                "webhook-signature": string;
                /** @description Seconds since the epoch when this attempt was signed; refuse old ones (5 minutes). */
                "webhook-timestamp": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** Format: date-time */
                    createdAt: string;
                    data: components["schemas"]["Customer"];
                    /** @description The event id (`evt_…`), also in the `webhook-id` header: deduplicate on it. */
                    id: string;
                    /** @constant */
                    type: "customer.deleted";
                };
            };
        };
        responses: {
            /** @description Any 2xx acknowledges the event; anything else, or no answer within 10 seconds, is retried. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    webhook_installment_plan_charge_failed: {
        parameters: {
            query?: never;
            header: {
                /** @description The event id: the same on every retry, deduplicate on it. */
                "webhook-id": string;
                /** @description `v1,<base64 HMAC-SHA256>` of `{webhook-id}.{webhook-timestamp}.{body}` with the endpoint's `whsec_` secret (Standard Webhooks); several, space separated, during a secret rotation. */
                "webhook-signature": string;
                /** @description Seconds since the epoch when this attempt was signed; refuse old ones (5 minutes). */
                "webhook-timestamp": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** Format: date-time */
                    createdAt: string;
                    data: components["schemas"]["RecurringChargeEvent"];
                    /** @description The event id (`evt_…`), also in the `webhook-id` header: deduplicate on it. */
                    id: string;
                    /** @constant */
                    type: "installment_plan.charge_failed";
                };
            };
        };
        responses: {
            /** @description Any 2xx acknowledges the event; anything else, or no answer within 10 seconds, is retried. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    webhook_installment_plan_charge_succeeded: {
        parameters: {
            query?: never;
            header: {
                /** @description The event id: the same on every retry, deduplicate on it. */
                "webhook-id": string;
                /** @description `v1,<base64 HMAC-SHA256>` of `{webhook-id}.{webhook-timestamp}.{body}` with the endpoint's `whsec_` secret (Standard Webhooks); several, space separated, during a secret rotation. */
                "webhook-signature": string;
                /** @description Seconds since the epoch when this attempt was signed; refuse old ones (5 minutes). */
                "webhook-timestamp": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** Format: date-time */
                    createdAt: string;
                    data: components["schemas"]["RecurringChargeEvent"];
                    /** @description The event id (`evt_…`), also in the `webhook-id` header: deduplicate on it. */
                    id: string;
                    /** @constant */
                    type: "installment_plan.charge_succeeded";
                };
            };
        };
        responses: {
            /** @description Any 2xx acknowledges the event; anything else, or no answer within 10 seconds, is retried. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    webhook_installment_plan_completed: {
        parameters: {
            query?: never;
            header: {
                /** @description The event id: the same on every retry, deduplicate on it. */
                "webhook-id": string;
                /** @description `v1,<base64 HMAC-SHA256>` of `{webhook-id}.{webhook-timestamp}.{body}` with the endpoint's `whsec_` secret (Standard Webhooks); several, space separated, during a secret rotation. */
                "webhook-signature": string;
                /** @description Seconds since the epoch when this attempt was signed; refuse old ones (5 minutes). */
                "webhook-timestamp": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** Format: date-time */
                    createdAt: string;
                    data: components["schemas"]["InstallmentPlan"];
                    /** @description The event id (`evt_…`), also in the `webhook-id` header: deduplicate on it. */
                    id: string;
                    /** @constant */
                    type: "installment_plan.completed";
                };
            };
        };
        responses: {
            /** @description Any 2xx acknowledges the event; anything else, or no answer within 10 seconds, is retried. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    webhook_installment_plan_created: {
        parameters: {
            query?: never;
            header: {
                /** @description The event id: the same on every retry, deduplicate on it. */
                "webhook-id": string;
                /** @description `v1,<base64 HMAC-SHA256>` of `{webhook-id}.{webhook-timestamp}.{body}` with the endpoint's `whsec_` secret (Standard Webhooks); several, space separated, during a secret rotation. */
                "webhook-signature": string;
                /** @description Seconds since the epoch when this attempt was signed; refuse old ones (5 minutes). */
                "webhook-timestamp": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** Format: date-time */
                    createdAt: string;
                    data: components["schemas"]["InstallmentPlan"];
                    /** @description The event id (`evt_…`), also in the `webhook-id` header: deduplicate on it. */
                    id: string;
                    /** @constant */
                    type: "installment_plan.created";
                };
            };
        };
        responses: {
            /** @description Any 2xx acknowledges the event; anything else, or no answer within 10 seconds, is retried. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    webhook_installment_plan_defaulted: {
        parameters: {
            query?: never;
            header: {
                /** @description The event id: the same on every retry, deduplicate on it. */
                "webhook-id": string;
                /** @description `v1,<base64 HMAC-SHA256>` of `{webhook-id}.{webhook-timestamp}.{body}` with the endpoint's `whsec_` secret (Standard Webhooks); several, space separated, during a secret rotation. */
                "webhook-signature": string;
                /** @description Seconds since the epoch when this attempt was signed; refuse old ones (5 minutes). */
                "webhook-timestamp": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** Format: date-time */
                    createdAt: string;
                    data: components["schemas"]["InstallmentPlan"];
                    /** @description The event id (`evt_…`), also in the `webhook-id` header: deduplicate on it. */
                    id: string;
                    /** @constant */
                    type: "installment_plan.defaulted";
                };
            };
        };
        responses: {
            /** @description Any 2xx acknowledges the event; anything else, or no answer within 10 seconds, is retried. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    webhook_merchant_decline_rate_spike: {
        parameters: {
            query?: never;
            header: {
                /** @description The event id: the same on every retry, deduplicate on it. */
                "webhook-id": string;
                /** @description `v1,<base64 HMAC-SHA256>` of `{webhook-id}.{webhook-timestamp}.{body}` with the endpoint's `whsec_` secret (Standard Webhooks); several, space separated, during a secret rotation. */
                "webhook-signature": string;
                /** @description Seconds since the epoch when this attempt was signed; refuse old ones (5 minutes). */
                "webhook-timestamp": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** Format: date-time */
                    createdAt: string;
                    data: components["schemas"]["MerchantAlert"];
                    /** @description The event id (`evt_…`), also in the `webhook-id` header: deduplicate on it. */
                    id: string;
                    /** @constant */
                    type: "merchant.decline_rate_spike";
                };
            };
        };
        responses: {
            /** @description Any 2xx acknowledges the event; anything else, or no answer within 10 seconds, is retried. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    webhook_message_failed: {
        parameters: {
            query?: never;
            header: {
                /** @description The event id: the same on every retry, deduplicate on it. */
                "webhook-id": string;
                /** @description `v1,<base64 HMAC-SHA256>` of `{webhook-id}.{webhook-timestamp}.{body}` with the endpoint's `whsec_` secret (Standard Webhooks); several, space separated, during a secret rotation. */
                "webhook-signature": string;
                /** @description Seconds since the epoch when this attempt was signed; refuse old ones (5 minutes). */
                "webhook-timestamp": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** Format: date-time */
                    createdAt: string;
                    data: components["schemas"]["Message"];
                    /** @description The event id (`evt_…`), also in the `webhook-id` header: deduplicate on it. */
                    id: string;
                    /** @constant */
                    type: "message.failed";
                };
            };
        };
        responses: {
            /** @description Any 2xx acknowledges the event; anything else, or no answer within 10 seconds, is retried. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    webhook_message_sent: {
        parameters: {
            query?: never;
            header: {
                /** @description The event id: the same on every retry, deduplicate on it. */
                "webhook-id": string;
                /** @description `v1,<base64 HMAC-SHA256>` of `{webhook-id}.{webhook-timestamp}.{body}` with the endpoint's `whsec_` secret (Standard Webhooks); several, space separated, during a secret rotation. */
                "webhook-signature": string;
                /** @description Seconds since the epoch when this attempt was signed; refuse old ones (5 minutes). */
                "webhook-timestamp": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** Format: date-time */
                    createdAt: string;
                    data: components["schemas"]["Message"];
                    /** @description The event id (`evt_…`), also in the `webhook-id` header: deduplicate on it. */
                    id: string;
                    /** @constant */
                    type: "message.sent";
                };
            };
        };
        responses: {
            /** @description Any 2xx acknowledges the event; anything else, or no answer within 10 seconds, is retried. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    webhook_payment_request_canceled: {
        parameters: {
            query?: never;
            header: {
                /** @description The event id: the same on every retry, deduplicate on it. */
                "webhook-id": string;
                /** @description `v1,<base64 HMAC-SHA256>` of `{webhook-id}.{webhook-timestamp}.{body}` with the endpoint's `whsec_` secret (Standard Webhooks); several, space separated, during a secret rotation. */
                "webhook-signature": string;
                /** @description Seconds since the epoch when this attempt was signed; refuse old ones (5 minutes). */
                "webhook-timestamp": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** Format: date-time */
                    createdAt: string;
                    data: components["schemas"]["PaymentRequest"];
                    /** @description The event id (`evt_…`), also in the `webhook-id` header: deduplicate on it. */
                    id: string;
                    /** @constant */
                    type: "payment_request.canceled";
                };
            };
        };
        responses: {
            /** @description Any 2xx acknowledges the event; anything else, or no answer within 10 seconds, is retried. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    webhook_payment_request_expired: {
        parameters: {
            query?: never;
            header: {
                /** @description The event id: the same on every retry, deduplicate on it. */
                "webhook-id": string;
                /** @description `v1,<base64 HMAC-SHA256>` of `{webhook-id}.{webhook-timestamp}.{body}` with the endpoint's `whsec_` secret (Standard Webhooks); several, space separated, during a secret rotation. */
                "webhook-signature": string;
                /** @description Seconds since the epoch when this attempt was signed; refuse old ones (5 minutes). */
                "webhook-timestamp": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** Format: date-time */
                    createdAt: string;
                    data: components["schemas"]["PaymentRequest"];
                    /** @description The event id (`evt_…`), also in the `webhook-id` header: deduplicate on it. */
                    id: string;
                    /** @constant */
                    type: "payment_request.expired";
                };
            };
        };
        responses: {
            /** @description Any 2xx acknowledges the event; anything else, or no answer within 10 seconds, is retried. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    webhook_payment_request_failed: {
        parameters: {
            query?: never;
            header: {
                /** @description The event id: the same on every retry, deduplicate on it. */
                "webhook-id": string;
                /** @description `v1,<base64 HMAC-SHA256>` of `{webhook-id}.{webhook-timestamp}.{body}` with the endpoint's `whsec_` secret (Standard Webhooks); several, space separated, during a secret rotation. */
                "webhook-signature": string;
                /** @description Seconds since the epoch when this attempt was signed; refuse old ones (5 minutes). */
                "webhook-timestamp": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** Format: date-time */
                    createdAt: string;
                    data: components["schemas"]["PaymentRequest"];
                    /** @description The event id (`evt_…`), also in the `webhook-id` header: deduplicate on it. */
                    id: string;
                    /** @constant */
                    type: "payment_request.failed";
                };
            };
        };
        responses: {
            /** @description Any 2xx acknowledges the event; anything else, or no answer within 10 seconds, is retried. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    webhook_payment_request_succeeded: {
        parameters: {
            query?: never;
            header: {
                /** @description The event id: the same on every retry, deduplicate on it. */
                "webhook-id": string;
                /** @description `v1,<base64 HMAC-SHA256>` of `{webhook-id}.{webhook-timestamp}.{body}` with the endpoint's `whsec_` secret (Standard Webhooks); several, space separated, during a secret rotation. */
                "webhook-signature": string;
                /** @description Seconds since the epoch when this attempt was signed; refuse old ones (5 minutes). */
                "webhook-timestamp": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** Format: date-time */
                    createdAt: string;
                    data: components["schemas"]["PaymentRequest"];
                    /** @description The event id (`evt_…`), also in the `webhook-id` header: deduplicate on it. */
                    id: string;
                    /** @constant */
                    type: "payment_request.succeeded";
                };
            };
        };
        responses: {
            /** @description Any 2xx acknowledges the event; anything else, or no answer within 10 seconds, is retried. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    webhook_refund_created: {
        parameters: {
            query?: never;
            header: {
                /** @description The event id: the same on every retry, deduplicate on it. */
                "webhook-id": string;
                /** @description `v1,<base64 HMAC-SHA256>` of `{webhook-id}.{webhook-timestamp}.{body}` with the endpoint's `whsec_` secret (Standard Webhooks); several, space separated, during a secret rotation. */
                "webhook-signature": string;
                /** @description Seconds since the epoch when this attempt was signed; refuse old ones (5 minutes). */
                "webhook-timestamp": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** Format: date-time */
                    createdAt: string;
                    data: components["schemas"]["Refund"];
                    /** @description The event id (`evt_…`), also in the `webhook-id` header: deduplicate on it. */
                    id: string;
                    /** @constant */
                    type: "refund.created";
                };
            };
        };
        responses: {
            /** @description Any 2xx acknowledges the event; anything else, or no answer within 10 seconds, is retried. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    webhook_review_closed: {
        parameters: {
            query?: never;
            header: {
                /** @description The event id: the same on every retry, deduplicate on it. */
                "webhook-id": string;
                /** @description `v1,<base64 HMAC-SHA256>` of `{webhook-id}.{webhook-timestamp}.{body}` with the endpoint's `whsec_` secret (Standard Webhooks); several, space separated, during a secret rotation. */
                "webhook-signature": string;
                /** @description Seconds since the epoch when this attempt was signed; refuse old ones (5 minutes). */
                "webhook-timestamp": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** Format: date-time */
                    createdAt: string;
                    data: components["schemas"]["Transaction"];
                    /** @description The event id (`evt_…`), also in the `webhook-id` header: deduplicate on it. */
                    id: string;
                    /** @constant */
                    type: "review.closed";
                };
            };
        };
        responses: {
            /** @description Any 2xx acknowledges the event; anything else, or no answer within 10 seconds, is retried. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    webhook_review_opened: {
        parameters: {
            query?: never;
            header: {
                /** @description The event id: the same on every retry, deduplicate on it. */
                "webhook-id": string;
                /** @description `v1,<base64 HMAC-SHA256>` of `{webhook-id}.{webhook-timestamp}.{body}` with the endpoint's `whsec_` secret (Standard Webhooks); several, space separated, during a secret rotation. */
                "webhook-signature": string;
                /** @description Seconds since the epoch when this attempt was signed; refuse old ones (5 minutes). */
                "webhook-timestamp": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** Format: date-time */
                    createdAt: string;
                    data: components["schemas"]["Transaction"];
                    /** @description The event id (`evt_…`), also in the `webhook-id` header: deduplicate on it. */
                    id: string;
                    /** @constant */
                    type: "review.opened";
                };
            };
        };
        responses: {
            /** @description Any 2xx acknowledges the event; anything else, or no answer within 10 seconds, is retried. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    webhook_subscription_canceled: {
        parameters: {
            query?: never;
            header: {
                /** @description The event id: the same on every retry, deduplicate on it. */
                "webhook-id": string;
                /** @description `v1,<base64 HMAC-SHA256>` of `{webhook-id}.{webhook-timestamp}.{body}` with the endpoint's `whsec_` secret (Standard Webhooks); several, space separated, during a secret rotation. */
                "webhook-signature": string;
                /** @description Seconds since the epoch when this attempt was signed; refuse old ones (5 minutes). */
                "webhook-timestamp": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** Format: date-time */
                    createdAt: string;
                    data: components["schemas"]["Subscription"];
                    /** @description The event id (`evt_…`), also in the `webhook-id` header: deduplicate on it. */
                    id: string;
                    /** @constant */
                    type: "subscription.canceled";
                };
            };
        };
        responses: {
            /** @description Any 2xx acknowledges the event; anything else, or no answer within 10 seconds, is retried. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    webhook_subscription_charge_failed: {
        parameters: {
            query?: never;
            header: {
                /** @description The event id: the same on every retry, deduplicate on it. */
                "webhook-id": string;
                /** @description `v1,<base64 HMAC-SHA256>` of `{webhook-id}.{webhook-timestamp}.{body}` with the endpoint's `whsec_` secret (Standard Webhooks); several, space separated, during a secret rotation. */
                "webhook-signature": string;
                /** @description Seconds since the epoch when this attempt was signed; refuse old ones (5 minutes). */
                "webhook-timestamp": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** Format: date-time */
                    createdAt: string;
                    data: components["schemas"]["RecurringChargeEvent"];
                    /** @description The event id (`evt_…`), also in the `webhook-id` header: deduplicate on it. */
                    id: string;
                    /** @constant */
                    type: "subscription.charge_failed";
                };
            };
        };
        responses: {
            /** @description Any 2xx acknowledges the event; anything else, or no answer within 10 seconds, is retried. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    webhook_subscription_charge_succeeded: {
        parameters: {
            query?: never;
            header: {
                /** @description The event id: the same on every retry, deduplicate on it. */
                "webhook-id": string;
                /** @description `v1,<base64 HMAC-SHA256>` of `{webhook-id}.{webhook-timestamp}.{body}` with the endpoint's `whsec_` secret (Standard Webhooks); several, space separated, during a secret rotation. */
                "webhook-signature": string;
                /** @description Seconds since the epoch when this attempt was signed; refuse old ones (5 minutes). */
                "webhook-timestamp": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** Format: date-time */
                    createdAt: string;
                    data: components["schemas"]["RecurringChargeEvent"];
                    /** @description The event id (`evt_…`), also in the `webhook-id` header: deduplicate on it. */
                    id: string;
                    /** @constant */
                    type: "subscription.charge_succeeded";
                };
            };
        };
        responses: {
            /** @description Any 2xx acknowledges the event; anything else, or no answer within 10 seconds, is retried. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    webhook_subscription_created: {
        parameters: {
            query?: never;
            header: {
                /** @description The event id: the same on every retry, deduplicate on it. */
                "webhook-id": string;
                /** @description `v1,<base64 HMAC-SHA256>` of `{webhook-id}.{webhook-timestamp}.{body}` with the endpoint's `whsec_` secret (Standard Webhooks); several, space separated, during a secret rotation. */
                "webhook-signature": string;
                /** @description Seconds since the epoch when this attempt was signed; refuse old ones (5 minutes). */
                "webhook-timestamp": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** Format: date-time */
                    createdAt: string;
                    data: components["schemas"]["Subscription"];
                    /** @description The event id (`evt_…`), also in the `webhook-id` header: deduplicate on it. */
                    id: string;
                    /** @constant */
                    type: "subscription.created";
                };
            };
        };
        responses: {
            /** @description Any 2xx acknowledges the event; anything else, or no answer within 10 seconds, is retried. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    webhook_subscription_past_due: {
        parameters: {
            query?: never;
            header: {
                /** @description The event id: the same on every retry, deduplicate on it. */
                "webhook-id": string;
                /** @description `v1,<base64 HMAC-SHA256>` of `{webhook-id}.{webhook-timestamp}.{body}` with the endpoint's `whsec_` secret (Standard Webhooks); several, space separated, during a secret rotation. */
                "webhook-signature": string;
                /** @description Seconds since the epoch when this attempt was signed; refuse old ones (5 minutes). */
                "webhook-timestamp": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** Format: date-time */
                    createdAt: string;
                    data: components["schemas"]["Subscription"];
                    /** @description The event id (`evt_…`), also in the `webhook-id` header: deduplicate on it. */
                    id: string;
                    /** @constant */
                    type: "subscription.past_due";
                };
            };
        };
        responses: {
            /** @description Any 2xx acknowledges the event; anything else, or no answer within 10 seconds, is retried. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    webhook_subscription_updated: {
        parameters: {
            query?: never;
            header: {
                /** @description The event id: the same on every retry, deduplicate on it. */
                "webhook-id": string;
                /** @description `v1,<base64 HMAC-SHA256>` of `{webhook-id}.{webhook-timestamp}.{body}` with the endpoint's `whsec_` secret (Standard Webhooks); several, space separated, during a secret rotation. */
                "webhook-signature": string;
                /** @description Seconds since the epoch when this attempt was signed; refuse old ones (5 minutes). */
                "webhook-timestamp": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** Format: date-time */
                    createdAt: string;
                    data: components["schemas"]["Subscription"];
                    /** @description The event id (`evt_…`), also in the `webhook-id` header: deduplicate on it. */
                    id: string;
                    /** @constant */
                    type: "subscription.updated";
                };
            };
        };
        responses: {
            /** @description Any 2xx acknowledges the event; anything else, or no answer within 10 seconds, is retried. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    webhook_transaction_authentication_failed: {
        parameters: {
            query?: never;
            header: {
                /** @description The event id: the same on every retry, deduplicate on it. */
                "webhook-id": string;
                /** @description `v1,<base64 HMAC-SHA256>` of `{webhook-id}.{webhook-timestamp}.{body}` with the endpoint's `whsec_` secret (Standard Webhooks); several, space separated, during a secret rotation. */
                "webhook-signature": string;
                /** @description Seconds since the epoch when this attempt was signed; refuse old ones (5 minutes). */
                "webhook-timestamp": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** Format: date-time */
                    createdAt: string;
                    data: components["schemas"]["Transaction"];
                    /** @description The event id (`evt_…`), also in the `webhook-id` header: deduplicate on it. */
                    id: string;
                    /** @constant */
                    type: "transaction.authentication_failed";
                };
            };
        };
        responses: {
            /** @description Any 2xx acknowledges the event; anything else, or no answer within 10 seconds, is retried. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    webhook_transaction_authorized: {
        parameters: {
            query?: never;
            header: {
                /** @description The event id: the same on every retry, deduplicate on it. */
                "webhook-id": string;
                /** @description `v1,<base64 HMAC-SHA256>` of `{webhook-id}.{webhook-timestamp}.{body}` with the endpoint's `whsec_` secret (Standard Webhooks); several, space separated, during a secret rotation. */
                "webhook-signature": string;
                /** @description Seconds since the epoch when this attempt was signed; refuse old ones (5 minutes). */
                "webhook-timestamp": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** Format: date-time */
                    createdAt: string;
                    data: components["schemas"]["Transaction"];
                    /** @description The event id (`evt_…`), also in the `webhook-id` header: deduplicate on it. */
                    id: string;
                    /** @constant */
                    type: "transaction.authorized";
                };
            };
        };
        responses: {
            /** @description Any 2xx acknowledges the event; anything else, or no answer within 10 seconds, is retried. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    webhook_transaction_blocked: {
        parameters: {
            query?: never;
            header: {
                /** @description The event id: the same on every retry, deduplicate on it. */
                "webhook-id": string;
                /** @description `v1,<base64 HMAC-SHA256>` of `{webhook-id}.{webhook-timestamp}.{body}` with the endpoint's `whsec_` secret (Standard Webhooks); several, space separated, during a secret rotation. */
                "webhook-signature": string;
                /** @description Seconds since the epoch when this attempt was signed; refuse old ones (5 minutes). */
                "webhook-timestamp": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** Format: date-time */
                    createdAt: string;
                    data: components["schemas"]["Transaction"];
                    /** @description The event id (`evt_…`), also in the `webhook-id` header: deduplicate on it. */
                    id: string;
                    /** @constant */
                    type: "transaction.blocked";
                };
            };
        };
        responses: {
            /** @description Any 2xx acknowledges the event; anything else, or no answer within 10 seconds, is retried. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    webhook_transaction_canceled: {
        parameters: {
            query?: never;
            header: {
                /** @description The event id: the same on every retry, deduplicate on it. */
                "webhook-id": string;
                /** @description `v1,<base64 HMAC-SHA256>` of `{webhook-id}.{webhook-timestamp}.{body}` with the endpoint's `whsec_` secret (Standard Webhooks); several, space separated, during a secret rotation. */
                "webhook-signature": string;
                /** @description Seconds since the epoch when this attempt was signed; refuse old ones (5 minutes). */
                "webhook-timestamp": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** Format: date-time */
                    createdAt: string;
                    data: components["schemas"]["Transaction"];
                    /** @description The event id (`evt_…`), also in the `webhook-id` header: deduplicate on it. */
                    id: string;
                    /** @constant */
                    type: "transaction.canceled";
                };
            };
        };
        responses: {
            /** @description Any 2xx acknowledges the event; anything else, or no answer within 10 seconds, is retried. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    webhook_transaction_captured: {
        parameters: {
            query?: never;
            header: {
                /** @description The event id: the same on every retry, deduplicate on it. */
                "webhook-id": string;
                /** @description `v1,<base64 HMAC-SHA256>` of `{webhook-id}.{webhook-timestamp}.{body}` with the endpoint's `whsec_` secret (Standard Webhooks); several, space separated, during a secret rotation. */
                "webhook-signature": string;
                /** @description Seconds since the epoch when this attempt was signed; refuse old ones (5 minutes). */
                "webhook-timestamp": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** Format: date-time */
                    createdAt: string;
                    data: components["schemas"]["Transaction"];
                    /** @description The event id (`evt_…`), also in the `webhook-id` header: deduplicate on it. */
                    id: string;
                    /** @constant */
                    type: "transaction.captured";
                };
            };
        };
        responses: {
            /** @description Any 2xx acknowledges the event; anything else, or no answer within 10 seconds, is retried. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    webhook_transaction_declined: {
        parameters: {
            query?: never;
            header: {
                /** @description The event id: the same on every retry, deduplicate on it. */
                "webhook-id": string;
                /** @description `v1,<base64 HMAC-SHA256>` of `{webhook-id}.{webhook-timestamp}.{body}` with the endpoint's `whsec_` secret (Standard Webhooks); several, space separated, during a secret rotation. */
                "webhook-signature": string;
                /** @description Seconds since the epoch when this attempt was signed; refuse old ones (5 minutes). */
                "webhook-timestamp": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** Format: date-time */
                    createdAt: string;
                    data: components["schemas"]["Transaction"];
                    /** @description The event id (`evt_…`), also in the `webhook-id` header: deduplicate on it. */
                    id: string;
                    /** @constant */
                    type: "transaction.declined";
                };
            };
        };
        responses: {
            /** @description Any 2xx acknowledges the event; anything else, or no answer within 10 seconds, is retried. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    webhook_transaction_expired: {
        parameters: {
            query?: never;
            header: {
                /** @description The event id: the same on every retry, deduplicate on it. */
                "webhook-id": string;
                /** @description `v1,<base64 HMAC-SHA256>` of `{webhook-id}.{webhook-timestamp}.{body}` with the endpoint's `whsec_` secret (Standard Webhooks); several, space separated, during a secret rotation. */
                "webhook-signature": string;
                /** @description Seconds since the epoch when this attempt was signed; refuse old ones (5 minutes). */
                "webhook-timestamp": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** Format: date-time */
                    createdAt: string;
                    data: components["schemas"]["Transaction"];
                    /** @description The event id (`evt_…`), also in the `webhook-id` header: deduplicate on it. */
                    id: string;
                    /** @constant */
                    type: "transaction.expired";
                };
            };
        };
        responses: {
            /** @description Any 2xx acknowledges the event; anything else, or no answer within 10 seconds, is retried. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    webhook_transaction_partially_refunded: {
        parameters: {
            query?: never;
            header: {
                /** @description The event id: the same on every retry, deduplicate on it. */
                "webhook-id": string;
                /** @description `v1,<base64 HMAC-SHA256>` of `{webhook-id}.{webhook-timestamp}.{body}` with the endpoint's `whsec_` secret (Standard Webhooks); several, space separated, during a secret rotation. */
                "webhook-signature": string;
                /** @description Seconds since the epoch when this attempt was signed; refuse old ones (5 minutes). */
                "webhook-timestamp": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** Format: date-time */
                    createdAt: string;
                    data: components["schemas"]["Transaction"];
                    /** @description The event id (`evt_…`), also in the `webhook-id` header: deduplicate on it. */
                    id: string;
                    /** @constant */
                    type: "transaction.partially_refunded";
                };
            };
        };
        responses: {
            /** @description Any 2xx acknowledges the event; anything else, or no answer within 10 seconds, is retried. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    webhook_transaction_refunded: {
        parameters: {
            query?: never;
            header: {
                /** @description The event id: the same on every retry, deduplicate on it. */
                "webhook-id": string;
                /** @description `v1,<base64 HMAC-SHA256>` of `{webhook-id}.{webhook-timestamp}.{body}` with the endpoint's `whsec_` secret (Standard Webhooks); several, space separated, during a secret rotation. */
                "webhook-signature": string;
                /** @description Seconds since the epoch when this attempt was signed; refuse old ones (5 minutes). */
                "webhook-timestamp": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** Format: date-time */
                    createdAt: string;
                    data: components["schemas"]["Transaction"];
                    /** @description The event id (`evt_…`), also in the `webhook-id` header: deduplicate on it. */
                    id: string;
                    /** @constant */
                    type: "transaction.refunded";
                };
            };
        };
        responses: {
            /** @description Any 2xx acknowledges the event; anything else, or no answer within 10 seconds, is retried. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    webhook_transaction_requires_action: {
        parameters: {
            query?: never;
            header: {
                /** @description The event id: the same on every retry, deduplicate on it. */
                "webhook-id": string;
                /** @description `v1,<base64 HMAC-SHA256>` of `{webhook-id}.{webhook-timestamp}.{body}` with the endpoint's `whsec_` secret (Standard Webhooks); several, space separated, during a secret rotation. */
                "webhook-signature": string;
                /** @description Seconds since the epoch when this attempt was signed; refuse old ones (5 minutes). */
                "webhook-timestamp": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** Format: date-time */
                    createdAt: string;
                    data: components["schemas"]["Transaction"];
                    /** @description The event id (`evt_…`), also in the `webhook-id` header: deduplicate on it. */
                    id: string;
                    /** @constant */
                    type: "transaction.requires_action";
                };
            };
        };
        responses: {
            /** @description Any 2xx acknowledges the event; anything else, or no answer within 10 seconds, is retried. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    webhook_transaction_settled: {
        parameters: {
            query?: never;
            header: {
                /** @description The event id: the same on every retry, deduplicate on it. */
                "webhook-id": string;
                /** @description `v1,<base64 HMAC-SHA256>` of `{webhook-id}.{webhook-timestamp}.{body}` with the endpoint's `whsec_` secret (Standard Webhooks); several, space separated, during a secret rotation. */
                "webhook-signature": string;
                /** @description Seconds since the epoch when this attempt was signed; refuse old ones (5 minutes). */
                "webhook-timestamp": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** Format: date-time */
                    createdAt: string;
                    data: components["schemas"]["Transaction"];
                    /** @description The event id (`evt_…`), also in the `webhook-id` header: deduplicate on it. */
                    id: string;
                    /** @constant */
                    type: "transaction.settled";
                };
            };
        };
        responses: {
            /** @description Any 2xx acknowledges the event; anything else, or no answer within 10 seconds, is retried. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    webhook_webhook_test: {
        parameters: {
            query?: never;
            header: {
                /** @description The event id: the same on every retry, deduplicate on it. */
                "webhook-id": string;
                /** @description `v1,<base64 HMAC-SHA256>` of `{webhook-id}.{webhook-timestamp}.{body}` with the endpoint's `whsec_` secret (Standard Webhooks); several, space separated, during a secret rotation. */
                "webhook-signature": string;
                /** @description Seconds since the epoch when this attempt was signed; refuse old ones (5 minutes). */
                "webhook-timestamp": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** Format: date-time */
                    createdAt: string;
                    data: components["schemas"]["WebhookTest"];
                    /** @description The event id (`evt_…`), also in the `webhook-id` header: deduplicate on it. */
                    id: string;
                    /** @constant */
                    type: "webhook.test";
                };
            };
        };
        responses: {
            /** @description Any 2xx acknowledges the event; anything else, or no answer within 10 seconds, is retried. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
}
