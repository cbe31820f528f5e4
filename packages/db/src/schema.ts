import { sql } from "drizzle-orm";
import {
  bigint,
  customType,
  boolean,
  check,
  index,
  jsonb,
  integer,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";

const createdAt = () => timestamp("created_at", { withTimezone: true }).notNull().defaultNow();

export const merchants = pgTable("merchants", {
  id: text("id").primaryKey(),
  name: text("name").notNull(),
  createdAt: createdAt(),
});

/**
 * Publishable keys are public by design and stored as is; secret keys are
 * stored only as a SHA-256 hash (they are 32 random bytes, so a slow hash buys
 * nothing) plus a redacted form for display.
 */
export const apiKeys = pgTable(
  "api_keys",
  {
    id: text("id").primaryKey(),
    merchantId: text("merchant_id")
      .notNull()
      .references(() => merchants.id),
    mode: text("mode", { enum: ["test", "live"] }).notNull(),
    kind: text("kind", { enum: ["publishable", "secret"] }).notNull(),
    publishableKey: text("publishable_key"),
    secretHash: text("secret_hash"),
    redacted: text("redacted").notNull(),
    createdAt: createdAt(),
    revokedAt: timestamp("revoked_at", { withTimezone: true }),
  },
  (t) => [
    uniqueIndex("api_keys_publishable_key_idx").on(t.publishableKey),
    uniqueIndex("api_keys_secret_hash_idx").on(t.secretHash),
    index("api_keys_merchant_idx").on(t.merchantId),
    check(
      "api_keys_one_form",
      sql`(${t.kind} = 'publishable' AND ${t.publishableKey} IS NOT NULL AND ${t.secretHash} IS NULL)
       OR (${t.kind} = 'secret' AND ${t.secretHash} IS NOT NULL AND ${t.publishableKey} IS NULL)`,
    ),
  ],
);

/** Browser origins allowed to call the publishable-key endpoints (and to frame the Smart Form), per mode. */
export const merchantOrigins = pgTable(
  "merchant_origins",
  {
    merchantId: text("merchant_id")
      .notNull()
      .references(() => merchants.id),
    /** Test and live register their own: a laptop's http://localhost never serves live payments. */
    mode: text("mode", { enum: ["test", "live"] }).notNull(),
    origin: text("origin").notNull(),
    createdAt: createdAt(),
  },
  (t) => [primaryKey({ columns: [t.merchantId, t.mode, t.origin] }), index("merchant_origins_origin_idx").on(t.origin)],
);

/**
 * A tokenized card. The PAN and CVC are sealed by the vault (AES-256-GCM under a
 * per-value data key wrapped by a key-encryption key); `*_kek_id` names the KEK
 * so that rotation can find what still needs re-wrapping. The CVC column is
 * nulled as soon as the token is used or expires.
 */
export const cardTokens = pgTable(
  "card_tokens",
  {
    id: text("id").primaryKey(),
    merchantId: text("merchant_id")
      .notNull()
      .references(() => merchants.id),
    mode: text("mode", { enum: ["test", "live"] }).notNull(),
    /** Null once destroyed (panDestroyedAt): unused past expiry, or used and past JETON_CARD_RETENTION_DAYS. */
    panSealed: text("pan_sealed"),
    panKekId: text("pan_kek_id"),
    cvcSealed: text("cvc_sealed"),
    cvcKekId: text("cvc_kek_id"),
    fingerprint: text("fingerprint").notNull(),
    brand: text("brand").notNull(),
    bin: text("bin").notNull(),
    last4: text("last4").notNull(),
    expMonth: integer("exp_month").notNull(),
    expYear: integer("exp_year").notNull(),
    holderName: text("holder_name"),
    createdAt: createdAt(),
    expiresAt: timestamp("expires_at", { withTimezone: true }).notNull(),
    usedAt: timestamp("used_at", { withTimezone: true }),
    /** When the retention sweep destroyed the sealed PAN (and CVC); brand, BIN, last 4 and fingerprint stay. */
    panDestroyedAt: timestamp("pan_destroyed_at", { withTimezone: true }),
    /** The shopper's address when the card was tokenized (token.js, the hosted page): a risk signal for the payment. */
    clientIp: text("client_ip"),
  },
  (t) => [
    index("card_tokens_merchant_idx").on(t.merchantId, t.createdAt),
    index("card_tokens_pan_kek_idx").on(t.panKekId),
    index("card_tokens_cvc_pending_idx").on(t.expiresAt).where(sql`${t.cvcSealed} IS NOT NULL`),
  ],
);

/** Fixed-window counters; one row per (bucket key, window start). */
export const rateLimitCounters = pgTable(
  "rate_limit_counters",
  {
    key: text("key").notNull(),
    windowStart: timestamp("window_start", { withTimezone: true }).notNull(),
    count: integer("count").notNull(),
    expiresAt: timestamp("expires_at", { withTimezone: true }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.key, t.windowStart] }), index("rate_limit_counters_expires_idx").on(t.expiresAt)],
);

// ---------------------------------------------------------------------------
// Hosted payments: merchant settings, payment requests, transactions, 3-D
// Secure, idempotency, signed results and webhooks.
// ---------------------------------------------------------------------------

/** How the payment page looks and when 3-D Secure is forced; one row per merchant. */
export const merchantSettings = pgTable("merchant_settings", {
  merchantId: text("merchant_id")
    .primaryKey()
    .references(() => merchants.id),
  displayName: text("display_name"),
  logoUrl: text("logo_url"),
  primaryColor: text("primary_color").notNull().default("#3b3bd6"),
  backgroundColor: text("background_color").notNull().default("#ffffff"),
  defaultLocale: text("default_locale", { enum: ["fr", "en", "ar"] }).notNull().default("fr"),
  /** `issuer`: the card decides; `always`: every payment is challenged; `above_amount`: from the threshold on. */
  threeDsPolicy: text("three_ds_policy", { enum: ["issuer", "always", "above_amount"] }).notNull().default("issuer"),
  threeDsThreshold: bigint("three_ds_threshold", { mode: "number" }),
  threeDsThresholdCurrency: text("three_ds_threshold_currency"),
  /** The languages the payment page offers; `defaultLocale` is one of them. */
  enabledLocales: text("enabled_locales").array().notNull().default(sql`ARRAY['fr','en','ar']::text[]`),
  /** The merchant's own risk score thresholds (null: the platform's JETON_RISK_* defaults), within core's bounds. */
  riskReviewScore: integer("risk_review_score"),
  riskBlockScore: integer("risk_block_score"),
  updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
});

/** Return and cancel URLs must start with one of these (scheme, host, port and path prefix), per mode. */
export const merchantReturnUrls = pgTable(
  "merchant_return_urls",
  {
    merchantId: text("merchant_id")
      .notNull()
      .references(() => merchants.id),
    mode: text("mode", { enum: ["test", "live"] }).notNull(),
    urlPrefix: text("url_prefix").notNull(),
    createdAt: createdAt(),
  },
  (t) => [primaryKey({ columns: [t.merchantId, t.mode, t.urlPrefix] })],
);

/** `delayed`: authorized now, captured automatically after `captureDelayDays` (Sips "capture after N days"). */
export const captureModes = ["automatic", "manual", "delayed"] as const;
/** The `metadata` column of the merchant-facing objects (transactions, payment requests, customers, refunds, webhook endpoints). */
const metadata = () => jsonb("metadata").$type<Record<string, string>>().notNull().default({});

export const paymentRequests = pgTable(
  "payment_requests",
  {
    id: text("id").primaryKey(),
    merchantId: text("merchant_id")
      .notNull()
      .references(() => merchants.id),
    mode: text("mode", { enum: ["test", "live"] }).notNull(),
    /** The merchant's own key → value strings (at most 50 keys): returned, carried in events, filterable. */
    metadata: metadata(),
    intent: text("intent", { enum: ["payment", "tokenize"] }).notNull(),
    status: text("status", { enum: ["open", "succeeded", "failed", "canceled", "expired"] }).notNull(),
    amount: bigint("amount", { mode: "number" }).notNull(),
    currency: text("currency").notNull(),
    merchantReference: text("merchant_reference"),
    description: text("description"),
    customerEmail: text("customer_email"),
    locale: text("locale", { enum: ["fr", "en", "ar"] }),
    /** Null for a payment link made in the back-office: the shopper ends on the platform's ticket. */
    returnUrl: text("return_url"),
    cancelUrl: text("cancel_url"),
    captureMode: text("capture_mode", { enum: captureModes }).notNull(),
    /** With `captureMode: "delayed"`: days (1–7) after the authorization at which it is captured. */
    captureDelayDays: integer("capture_delay_days"),
    /** Payment in instalments: `{ count, interval }`; the shopper pays the first now, the card is saved for the rest. */
    installments: jsonb("installments").$type<{ count: number; interval: "month" | "week" }>(),
    /** The plan made once the first instalment was paid. */
    installmentPlanId: text("installment_plan_id"),
    /** A card-update link: the subscription whose card the shopper replaces by paying the amount due. */
    subscriptionId: text("subscription_id"),
    saveCard: boolean("save_card").notNull().default(false),
    /** With saveCard, the customer the card is saved for (created when absent). */
    customerId: text("customer_id"),
    /** The card saved by a `saveCard` request once paid or tokenized. */
    cardId: text("card_id"),
    attempts: integer("attempts").notNull().default(0),
    maxAttempts: integer("max_attempts").notNull().default(5),
    transactionId: text("transaction_id"),
    cardTokenId: text("card_token_id"),
    /** With saveCard: when the shopper ticked consent to later merchant-initiated charges, at the last attempt. */
    cardConsentAt: timestamp("card_consent_at", { withTimezone: true }),
    /** The staff member who made it in the back-office (a payment link); null when made through the API. */
    createdByUserId: text("created_by_user_id"),
    createdAt: createdAt(),
    expiresAt: timestamp("expires_at", { withTimezone: true }).notNull(),
    completedAt: timestamp("completed_at", { withTimezone: true }),
  },
  (t) => [index("payment_requests_merchant_idx").on(t.merchantId, t.createdAt)],
);

export const transactionStatuses = [
  "requires_action",
  "authorized",
  "captured",
  "settled",
  "partially_refunded",
  "refunded",
  "canceled",
  "declined",
  "authentication_failed",
  "blocked",
  "expired",
] as const;

export const transactions = pgTable(
  "transactions",
  {
    id: text("id").primaryKey(),
    merchantId: text("merchant_id")
      .notNull()
      .references(() => merchants.id),
    mode: text("mode", { enum: ["test", "live"] }).notNull(),
    /** The merchant's own key → value strings (at most 50 keys): returned, carried in events, filterable. */
    metadata: metadata(),
    description: text("description"),
    paymentRequestId: text("payment_request_id").references(() => paymentRequests.id),
    /** The card token holding the sealed card while a 3-D Secure challenge is pending; consumed by the authorization. */
    cardTokenId: text("card_token_id").references(() => cardTokens.id),
    status: text("status", { enum: transactionStatuses }).notNull(),
    amount: bigint("amount", { mode: "number" }).notNull(),
    currency: text("currency").notNull(),
    capturedAmount: bigint("captured_amount", { mode: "number" }).notNull().default(0),
    refundedAmount: bigint("refunded_amount", { mode: "number" }).notNull().default(0),
    captureMode: text("capture_mode", { enum: captureModes }).notNull(),
    merchantReference: text("merchant_reference"),
    customerEmail: text("customer_email"),
    brand: text("brand").notNull(),
    bin: text("bin").notNull(),
    last4: text("last4").notNull(),
    expMonth: integer("exp_month").notNull(),
    expYear: integer("exp_year").notNull(),
    fingerprint: text("fingerprint").notNull(),
    responseCode: text("response_code"),
    declineCode: text("decline_code"),
    authorizationCode: text("authorization_code"),
    acquirerReference: text("acquirer_reference"),
    /** EMV 3DS outcome: version, transStatus, eci, liabilityShift, transaction ids. */
    threeDs: jsonb("three_ds").$type<Record<string, unknown>>(),
    /** Hash of the per-attempt secret that lets the hosted page (or token.js) continue without cookies. */
    clientSecretHash: text("client_secret_hash"),
    createdAt: createdAt(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
    authorizedAt: timestamp("authorized_at", { withTimezone: true }),
    capturedAt: timestamp("captured_at", { withTimezone: true }),
    settledAt: timestamp("settled_at", { withTimezone: true }),
    canceledAt: timestamp("canceled_at", { withTimezone: true }),
    /** When a pending challenge turns into `expired`. */
    actionExpiresAt: timestamp("action_expires_at", { withTimezone: true }),
    /** Where the payment came from: the hosted page, or the merchant API (token, saved card, duplicate). */
    channel: text("channel", { enum: ["hosted", "api"] }).notNull().default("hosted"),
    /** Saved-card payments: the customer and card charged. */
    customerId: text("customer_id"),
    cardId: text("card_id"),
    /** A duplicate (Sips "duplicate") names the payment whose card it charges again. */
    sourceTransactionId: text("source_transaction_id"),
    /** `merchant` for merchant-initiated (recurring) charges of a stored card, without the shopper. */
    initiatedBy: text("initiated_by", { enum: ["customer", "merchant"] }).notNull().default("customer"),
    /** Charged from stored credentials (saved card or duplicate): no CVC, flagged to the acquirer. */
    storedCredential: boolean("stored_credential").notNull().default(false),
    /** The settlement batch (cut-off) that settled it. */
    settlementId: text("settlement_id"),
    /** For `blocked`: the risk rule that fired and what it matched, e.g. `{ rule: "blacklist", blacklistedAt }`. */
    risk: jsonb("risk").$type<Record<string, unknown>>(),
    /** Recurring: the subscription or instalment plan charged, the period (0-based) it pays for, and its attempt key. */
    subscriptionId: text("subscription_id"),
    installmentPlanId: text("installment_plan_id"),
    billingPeriod: integer("billing_period"),
    /** `<charge id>:<attempt>`: one transaction per scheduler attempt, whatever crashes or races (unique). */
    recurringAttemptKey: text("recurring_attempt_key"),
    /** A merchant-initiated charge: the first, customer-initiated payment of the stored credential it follows. */
    initialTransactionId: text("initial_transaction_id"),
    /** Delayed capture (`captureMode: "delayed"`): when the authorization is captured unless captured or canceled before. */
    autoCaptureAt: timestamp("auto_capture_at", { withTimezone: true }),
    /** A `review` risk outcome: authorized, capture held until staff approve or reject (or it expires). */
    reviewStatus: text("review_status", { enum: ["open", "approved", "rejected", "expired"] }),
    reviewExpiresAt: timestamp("review_expires_at", { withTimezone: true }),
  },
  (t) => [
    index("transactions_merchant_idx").on(t.merchantId, t.createdAt),
    // The decline-rate sweep (card-testing defence) reads the current window across merchants.
    index("transactions_created_idx").on(t.createdAt),
    index("transactions_payment_request_idx").on(t.paymentRequestId),
    index("transactions_pending_action_idx").on(t.actionExpiresAt).where(sql`${t.status} = 'requires_action'`),
    index("transactions_captured_idx").on(t.capturedAt).where(sql`${t.status} = 'captured'`),
    index("transactions_merchant_reference_idx").on(t.merchantId, t.mode, t.merchantReference),
    index("transactions_customer_idx").on(t.customerId),
    index("transactions_subscription_idx").on(t.subscriptionId, t.createdAt),
    index("transactions_installment_plan_idx").on(t.installmentPlanId, t.createdAt),
    uniqueIndex("transactions_recurring_attempt_idx").on(t.recurringAttemptKey),
    index("transactions_auto_capture_idx").on(t.autoCaptureAt).where(sql`${t.status} = 'authorized'`),
    index("transactions_open_review_idx").on(t.reviewExpiresAt).where(sql`${t.reviewStatus} = 'open'`),
  ],
);

/** A shopper known to the merchant, with saved cards (SPEC §1). */
export const customers = pgTable(
  "customers",
  {
    id: text("id").primaryKey(),
    merchantId: text("merchant_id")
      .notNull()
      .references(() => merchants.id),
    mode: text("mode", { enum: ["test", "live"] }).notNull(),
    /** The merchant's own key → value strings (at most 50 keys): returned, carried in events, filterable. */
    metadata: metadata(),
    description: text("description"),
    email: text("email"),
    name: text("name"),
    merchantReference: text("merchant_reference"),
    /** Test mode: the test clock whose time this customer's subscriptions, plans and captures follow. */
    testClockId: text("test_clock_id"),
    createdAt: createdAt(),
    deletedAt: timestamp("deleted_at", { withTimezone: true }),
  },
  (t) => [index("customers_merchant_idx").on(t.merchantId, t.mode, t.createdAt)],
);

/** A customer's vaulted card: the PAN sealed by the vault, never a CVC. A deleted card cannot be charged. */
export const cards = pgTable(
  "cards",
  {
    id: text("id").primaryKey(),
    merchantId: text("merchant_id")
      .notNull()
      .references(() => merchants.id),
    mode: text("mode", { enum: ["test", "live"] }).notNull(),
    customerId: text("customer_id")
      .notNull()
      .references(() => customers.id),
    panSealed: text("pan_sealed").notNull(),
    panKekId: text("pan_kek_id").notNull(),
    fingerprint: text("fingerprint").notNull(),
    brand: text("brand").notNull(),
    bin: text("bin").notNull(),
    last4: text("last4").notNull(),
    expMonth: integer("exp_month").notNull(),
    expYear: integer("exp_year").notNull(),
    holderName: text("holder_name"),
    createdAt: createdAt(),
    deletedAt: timestamp("deleted_at", { withTimezone: true }),
    /** When the shopper agreed to merchant-initiated charges on this card; null: no consent, no such charge. */
    consentObtainedAt: timestamp("consent_obtained_at", { withTimezone: true }),
    /** How: `hosted_page` (the shopper's tick on the payment page) or what the merchant stated through the API. */
    consentMethod: text("consent_method"),
    /** The first customer-initiated payment authorized with this card; merchant-initiated charges come after it. */
    initialTransactionId: text("initial_transaction_id"),
  },
  (t) => [index("cards_customer_idx").on(t.customerId), index("cards_pan_kek_idx").on(t.panKekId)],
);

/** A partial or total refund of a settled transaction. */
export const refunds = pgTable(
  "refunds",
  {
    id: text("id").primaryKey(),
    merchantId: text("merchant_id")
      .notNull()
      .references(() => merchants.id),
    mode: text("mode", { enum: ["test", "live"] }).notNull(),
    /** The merchant's own key → value strings (at most 50 keys): returned, carried in events, filterable. */
    metadata: metadata(),
    description: text("description"),
    transactionId: text("transaction_id")
      .notNull()
      .references(() => transactions.id),
    amount: bigint("amount", { mode: "number" }).notNull(),
    currency: text("currency").notNull(),
    reason: text("reason"),
    status: text("status", { enum: ["succeeded", "failed"] }).notNull(),
    acquirerReference: text("acquirer_reference"),
    createdAt: createdAt(),
  },
  (t) => [index("refunds_transaction_idx").on(t.transactionId, t.createdAt)],
);

/** One settlement cut-off: the captured transactions it moved to `settled`. */
export const settlements = pgTable("settlements", {
  id: text("id").primaryKey(),
  /** Captured before this instant were settled by it. */
  cutoffAt: timestamp("cutoff_at", { withTimezone: true }).notNull(),
  transactionCount: integer("transaction_count").notNull(),
  /** Set for a back-office "settle my test data now" run, which covers one merchant's test data only; null for the platform's cut-off. */
  merchantId: text("merchant_id").references(() => merchants.id),
  mode: text("mode", { enum: ["test", "live"] }),
  createdAt: createdAt(),
});

/** The simulated directory server / ACS state of one authentication (EMV 3DS 2.2). */
export const threeDsSessions = pgTable(
  "three_ds_sessions",
  {
    /** threeDSServerTransID */
    id: uuid("id").primaryKey(),
    transactionId: text("transaction_id")
      .notNull()
      .references(() => transactions.id),
    acsTransId: uuid("acs_trans_id").notNull(),
    dsTransId: uuid("ds_trans_id").notNull(),
    messageVersion: text("message_version").notNull(),
    status: text("status", { enum: ["challenge_pending", "Y", "N", "A", "U", "R", "canceled", "expired"] }).notNull(),
    challengeWindowSize: text("challenge_window_size").notNull().default("05"),
    attemptsLeft: integer("attempts_left").notNull().default(3),
    notificationUrl: text("notification_url"),
    createdAt: createdAt(),
    expiresAt: timestamp("expires_at", { withTimezone: true }).notNull(),
    completedAt: timestamp("completed_at", { withTimezone: true }),
  },
  (t) => [index("three_ds_sessions_transaction_idx").on(t.transactionId)],
);

/**
 * One row per (merchant, Idempotency-Key). The row is inserted before the work
 * is done, so a concurrent duplicate finds it and is refused (409) while it runs.
 */
export const idempotencyKeys = pgTable(
  "idempotency_keys",
  {
    merchantId: text("merchant_id")
      .notNull()
      .references(() => merchants.id),
    mode: text("mode", { enum: ["test", "live"] }).notNull(),
    key: text("key").notNull(),
    requestHash: text("request_hash").notNull(),
    status: text("status", { enum: ["processing", "completed"] }).notNull(),
    responseStatus: integer("response_status"),
    responseBody: jsonb("response_body"),
    createdAt: createdAt(),
    expiresAt: timestamp("expires_at", { withTimezone: true }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.merchantId, t.mode, t.key] }), index("idempotency_keys_expires_idx").on(t.expiresAt)],
);

/** ES256 keys that sign return POSTs; a retired key stays published until its last token has expired. */
export const signingKeys = pgTable("signing_keys", {
  kid: text("kid").primaryKey(),
  alg: text("alg").notNull().default("ES256"),
  publicJwk: jsonb("public_jwk").$type<Record<string, unknown>>().notNull(),
  privateJwkSealed: text("private_jwk_sealed").notNull(),
  privateKekId: text("private_kek_id").notNull(),
  createdAt: createdAt(),
  retiredAt: timestamp("retired_at", { withTimezone: true }),
  /** After this, the key is no longer published in the JWKS. */
  unpublishAfter: timestamp("unpublish_after", { withTimezone: true }),
});

/**
 * The signed result of a payment request's outcome, kept so that the ticket
 * serves the same token (and `jti`) each time it is viewed: reloading the page
 * never mints a fresh one. One row per request and outcome status.
 */
export const paymentResults = pgTable(
  "payment_results",
  {
    jti: text("jti").primaryKey(),
    paymentRequestId: text("payment_request_id")
      .notNull()
      .references(() => paymentRequests.id),
    status: text("status").notNull(),
    /** The compact JWS itself: it holds no secret (the shopper's browser carries it). */
    token: text("token").notNull(),
    expiresAt: timestamp("expires_at", { withTimezone: true }).notNull(),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex("payment_results_outcome_idx").on(t.paymentRequestId, t.status)],
);

export const events = pgTable(
  "events",
  {
    id: text("id").primaryKey(),
    merchantId: text("merchant_id")
      .notNull()
      .references(() => merchants.id),
    mode: text("mode", { enum: ["test", "live"] }).notNull(),
    type: text("type").notNull(),
    objectId: text("object_id").notNull(),
    data: jsonb("data").$type<Record<string, unknown>>().notNull(),
    createdAt: createdAt(),
  },
  (t) => [index("events_merchant_idx").on(t.merchantId, t.createdAt), index("events_object_idx").on(t.objectId, t.createdAt)],
);

export const webhookEndpoints = pgTable(
  "webhook_endpoints",
  {
    id: text("id").primaryKey(),
    merchantId: text("merchant_id")
      .notNull()
      .references(() => merchants.id),
    mode: text("mode", { enum: ["test", "live"] }).notNull(),
    /** The merchant's own key → value strings (at most 50 keys): returned, carried in events, filterable. */
    metadata: metadata(),
    description: text("description"),
    url: text("url").notNull(),
    /** The whsec_ secret, sealed by the vault: it must be read back to sign. */
    secretSealed: text("secret_sealed").notNull(),
    secretKekId: text("secret_kek_id").notNull(),
    /** Event types delivered; null means all. */
    eventTypes: text("event_types").array(),
    createdAt: createdAt(),
    deletedAt: timestamp("deleted_at", { withTimezone: true }),
  },
  (t) => [index("webhook_endpoints_merchant_idx").on(t.merchantId)],
);

/** The outbox: one row per (event, endpoint), claimed by workers with FOR UPDATE SKIP LOCKED. */
export const webhookDeliveries = pgTable(
  "webhook_deliveries",
  {
    id: text("id").primaryKey(),
    eventId: text("event_id")
      .notNull()
      .references(() => events.id),
    endpointId: text("endpoint_id")
      .notNull()
      .references(() => webhookEndpoints.id),
    status: text("status", { enum: ["pending", "succeeded", "failed"] }).notNull(),
    attempts: integer("attempts").notNull().default(0),
    nextAttemptAt: timestamp("next_attempt_at", { withTimezone: true }),
    lastAttemptAt: timestamp("last_attempt_at", { withTimezone: true }),
    lastStatusCode: integer("last_status_code"),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex("webhook_deliveries_event_endpoint_idx").on(t.eventId, t.endpointId),
    index("webhook_deliveries_due_idx").on(t.nextAttemptAt).where(sql`${t.status} = 'pending'`),
  ],
);

/** Every delivery attempt, kept for the merchant's delivery log. */
export const webhookAttempts = pgTable(
  "webhook_attempts",
  {
    id: text("id").primaryKey(),
    deliveryId: text("delivery_id")
      .notNull()
      .references(() => webhookDeliveries.id),
    attemptedAt: timestamp("attempted_at", { withTimezone: true }).notNull(),
    statusCode: integer("status_code"),
    durationMs: integer("duration_ms").notNull(),
    /** A class (`timeout`, `connection_failed`, `tls_error`, `too_large`, `blocked_address`, `dns_failed`), never a reply or socket text. */
    error: text("error"),
  },
  (t) => [index("webhook_attempts_delivery_idx").on(t.deliveryId, t.attemptedAt)],
);


// ---------------------------------------------------------------------------
// Back-office: staff accounts, their second factor, the audit log, the card
// blacklist and the uploaded logo.
// ---------------------------------------------------------------------------

const bytea = customType<{ data: Buffer; driverData: Buffer | Uint8Array }>({
  dataType: () => "bytea",
  fromDriver: (value) => Buffer.from(value),
});

export const staffRoles = ["owner", "admin", "viewer"] as const;

/**
 * A merchant's back-office user. The password is an scrypt hash
 * (`scrypt$N$r$p$salt$hash`); the TOTP secret is sealed by the vault because
 * it must be read back to verify codes. `sessionVersion` is part of every
 * session cookie: bumping it (role change, password reset, removal) ends all
 * of the user's sessions at once.
 */
export const staffUsers = pgTable(
  "staff_users",
  {
    id: text("id").primaryKey(),
    merchantId: text("merchant_id")
      .notNull()
      .references(() => merchants.id),
    /** Stored lower-cased; unique across the platform, since login asks for the email alone. */
    email: text("email").notNull(),
    passwordHash: text("password_hash").notNull(),
    role: text("role", { enum: staffRoles }).notNull(),
    totpSecretSealed: text("totp_secret_sealed"),
    totpKekId: text("totp_kek_id"),
    /** Null until the user has confirmed a first code: login then leads to enrolment. */
    totpEnabledAt: timestamp("totp_enabled_at", { withTimezone: true }),
    /** Consecutive wrong passwords or codes from any address; reset by a successful login. Many lock the whole account. */
    failedAttempts: integer("failed_attempts").notNull().default(0),
    lockedUntil: timestamp("locked_until", { withTimezone: true }),
    /** The TOTP time step of the last accepted code: a code is never accepted twice. */
    totpLastCounter: bigint("totp_last_counter", { mode: "number" }),
    sessionVersion: integer("session_version").notNull().default(1),
    lastLoginAt: timestamp("last_login_at", { withTimezone: true }),
    createdAt: createdAt(),
    disabledAt: timestamp("disabled_at", { withTimezone: true }),
  },
  (t) => [uniqueIndex("staff_users_email_idx").on(t.email), index("staff_users_merchant_idx").on(t.merchantId)],
);

/**
 * Single-use recovery codes, stored as `h1:` + an HMAC (under a server key) of
 * their SHA-256: a leaked table gives nothing to check guesses against. They
 * are random, so a slow hash buys nothing.
 */
export const staffRecoveryCodes = pgTable(
  "staff_recovery_codes",
  {
    id: text("id").primaryKey(),
    userId: text("user_id")
      .notNull()
      .references(() => staffUsers.id),
    codeHash: text("code_hash").notNull(),
    createdAt: createdAt(),
    usedAt: timestamp("used_at", { withTimezone: true }),
  },
  (t) => [uniqueIndex("staff_recovery_codes_hash_idx").on(t.userId, t.codeHash)],
);

/**
 * Failed back-office sign-ins per (account, client address): five in a row
 * lock that pair only, so an attacker cannot lock a staff member out from
 * everywhere. `subject` is a keyed HMAC of the typed email (unknown emails are
 * counted the same way, and never stored in clear).
 */
export const staffSignInFailures = pgTable(
  "staff_sign_in_failures",
  {
    subject: text("subject").notNull(),
    ip: text("ip").notNull(),
    failedAttempts: integer("failed_attempts").notNull().default(0),
    lockedUntil: timestamp("locked_until", { withTimezone: true }),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.subject, t.ip] }), index("staff_sign_in_failures_updated_idx").on(t.updatedAt)],
);

/** Every staff action: who, what, when, from where, and how it ended. Append-only. */
export const auditLog = pgTable(
  "audit_log",
  {
    id: text("id").primaryKey(),
    merchantId: text("merchant_id")
      .notNull()
      .references(() => merchants.id),
    /** Null for a failed login with an unknown email (the email is kept in `actorEmail`). */
    userId: text("user_id"),
    actorEmail: text("actor_email").notNull(),
    /** e.g. `login`, `transaction.refund`, `settings.branding.update`. */
    action: text("action").notNull(),
    targetType: text("target_type"),
    targetId: text("target_id"),
    mode: text("mode", { enum: ["test", "live"] }),
    outcome: text("outcome", { enum: ["success", "failure", "denied"] }).notNull(),
    ip: text("ip"),
    userAgent: text("user_agent"),
    /** What was asked and, on failure, the error code; never card data or secrets. */
    details: jsonb("details").$type<Record<string, unknown>>(),
    createdAt: createdAt(),
  },
  (t) => [index("audit_log_merchant_idx").on(t.merchantId, t.createdAt), index("audit_log_user_idx").on(t.userId, t.createdAt)],
);

/** Cards refused before authorization (SPEC §10), by keyed fingerprint, never by PAN. */
export const cardBlacklist = pgTable(
  "card_blacklist",
  {
    merchantId: text("merchant_id")
      .notNull()
      .references(() => merchants.id),
    fingerprint: text("fingerprint").notNull(),
    brand: text("brand").notNull(),
    bin: text("bin").notNull(),
    last4: text("last4").notNull(),
    reason: text("reason"),
    /** The payment the card was blacklisted from, when it was. */
    sourceTransactionId: text("source_transaction_id"),
    createdByUserId: text("created_by_user_id"),
    createdAt: createdAt(),
  },
  (t) => [primaryKey({ columns: [t.merchantId, t.fingerprint] })],
);

/** The payment page logo, uploaded in the back-office and served by the platform (no third-party hosting). */
export const merchantLogos = pgTable("merchant_logos", {
  merchantId: text("merchant_id")
    .primaryKey()
    .references(() => merchants.id),
  contentType: text("content_type").notNull(),
  data: bytea("data").notNull(),
  /** Part of the logo URL, so that a new upload is never hidden by a cached old one. */
  sha256: text("sha256").notNull(),
  updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
});

// ---------------------------------------------------------------------------
// Messaging (issue 13): the message outbox and each merchant's messaging
// settings (receipts, reminder scenario, notifications, abuse limits).
// ---------------------------------------------------------------------------

/** One step of a merchant's reminder scenario: so many days after the request was sent, on these channels. */
export interface ReminderStep {
  afterDays: number;
  channels: ("email" | "sms")[];
}

export const merchantMessagingSettings = pgTable("merchant_messaging_settings", {
  merchantId: text("merchant_id")
    .primaryKey()
    .references(() => merchants.id),
  /** Email the shopper a receipt after a successful payment and after each refund, when an email is known. */
  receiptsEnabled: boolean("receipts_enabled").notNull().default(true),
  /** Reminders of an unpaid Push & Pay request, at most 5 steps. */
  reminderSteps: jsonb("reminder_steps").$type<ReminderStep[]>().notNull().default(sql`'[]'::jsonb`),
  /** Addresses that get one confirmation per successful payment. */
  confirmationEmails: text("confirmation_emails").array().notNull().default(sql`ARRAY[]::text[]`),
  /** Addresses that get the daily digest of the previous day's payments, refunds and refusals (a day in `timeZone`). */
  digestEmails: text("digest_emails").array().notNull().default(sql`ARRAY[]::text[]`),
  /** The merchant's time zone (an IANA name such as `Europe/Paris`): its digest's day runs from local midnight to local midnight. */
  timeZone: text("time_zone").notNull().default("UTC"),
  /** The local hour (0–23, in `timeZone`) from which the previous day's digest is sent. */
  digestHour: integer("digest_hour").notNull().default(6),
  /** Abuse limits: messages queued per hour for the merchant, and per recipient per day. */
  maxMessagesPerHour: integer("max_messages_per_hour").notNull().default(200),
  maxPerRecipientPerDay: integer("max_per_recipient_per_day").notNull().default(10),
  updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
});

export const messageTemplates = [
  "payment_request",
  "reminder",
  "receipt",
  "refund_receipt",
  "payment_confirmation",
  "daily_digest",
] as const;

/**
 * The message outbox: a row per email or SMS, written in the same database
 * transaction as its cause, claimed by workers with FOR UPDATE SKIP LOCKED
 * (like webhook deliveries). `messageId` is fixed at insert, so every retry of
 * a send carries the same Message-ID and a receiver can recognise a repeat.
 */
export const messages = pgTable(
  "messages",
  {
    id: text("id").primaryKey(),
    merchantId: text("merchant_id")
      .notNull()
      .references(() => merchants.id),
    mode: text("mode", { enum: ["test", "live"] }).notNull(),
    channel: text("channel", { enum: ["email", "sms"] }).notNull(),
    template: text("template", { enum: messageTemplates }).notNull(),
    recipient: text("recipient").notNull(),
    locale: text("locale", { enum: ["fr", "en", "ar"] }).notNull(),
    /** What the template shows, fixed when queued; never card data beyond brand and last 4. */
    payload: jsonb("payload").$type<Record<string, unknown>>().notNull(),
    /** `canceled`: a request message or reminder whose request was paid, canceled or expired before it went. */
    status: text("status", { enum: ["queued", "sent", "failed", "canceled"] }).notNull(),
    attempts: integer("attempts").notNull().default(0),
    nextAttemptAt: timestamp("next_attempt_at", { withTimezone: true }),
    lastAttemptAt: timestamp("last_attempt_at", { withTimezone: true }),
    /** The stable RFC 5322 Message-ID (`<msg_…@host>`), the same on every attempt. */
    messageId: text("message_id").notNull(),
    sentAt: timestamp("sent_at", { withTimezone: true }),
    /** A class (`connection_failed`, `rejected`, `temporary`, `rate_limited`, …), never a server's reply text. */
    errorClass: text("error_class"),
    paymentRequestId: text("payment_request_id").references(() => paymentRequests.id),
    transactionId: text("transaction_id"),
    /** A reminder's step (1-based) in the scenario; unique per request, step and channel. */
    reminderStep: integer("reminder_step"),
    /** Makes a scheduled message (digest) unique: queued once, however many instances sweep. */
    dedupeKey: text("dedupe_key"),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex("messages_message_id_idx").on(t.messageId),
    uniqueIndex("messages_reminder_idx").on(t.paymentRequestId, t.reminderStep, t.channel).where(sql`${t.reminderStep} IS NOT NULL`),
    uniqueIndex("messages_dedupe_idx").on(t.merchantId, t.mode, t.dedupeKey).where(sql`${t.dedupeKey} IS NOT NULL`),
    index("messages_due_idx").on(t.nextAttemptAt).where(sql`${t.status} = 'queued'`),
    index("messages_merchant_idx").on(t.merchantId, t.createdAt),
    index("messages_recipient_idx").on(t.merchantId, t.recipient, t.createdAt),
    index("messages_payment_request_idx").on(t.paymentRequestId, t.createdAt),
  ],
);

// ---------------------------------------------------------------------------
// Recurring payments: test clocks, subscriptions, instalment plans, and the
// charges the scheduler makes for them (issue 14).
// ---------------------------------------------------------------------------

/** A test-mode clock: its customers' recurring work runs at its frozen time, moved forward by `advance`. */
export const testClocks = pgTable(
  "test_clocks",
  {
    id: text("id").primaryKey(),
    merchantId: text("merchant_id")
      .notNull()
      .references(() => merchants.id),
    /** Always `test`: live customers follow the real clock. */
    mode: text("mode", { enum: ["test", "live"] }).notNull(),
    name: text("name"),
    frozenTime: timestamp("frozen_time", { withTimezone: true }).notNull(),
    status: text("status", { enum: ["ready", "advancing"] }).notNull(),
    /** While `advancing`: the time the background worker is bringing the clock to (null when `ready`). */
    advanceTo: timestamp("advance_to", { withTimezone: true }),
    createdAt: createdAt(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("test_clocks_merchant_idx").on(t.merchantId, t.mode, t.createdAt),
    // The worker's sweep: the few clocks advancing, without reading the ready ones.
    index("test_clocks_advancing_idx").on(t.updatedAt).where(sql`${t.status} = 'advancing'`),
  ],
);

/** Per merchant: when failed recurring charges are retried, and what follows the last failure. */
export const merchantRecurringSettings = pgTable("merchant_recurring_settings", {
  merchantId: text("merchant_id")
    .primaryKey()
    .references(() => merchants.id),
  /** Days after the first failure of a charge at which it is tried again (default 1, 3, 5). */
  retryDays: integer("retry_days").array().notNull().default(sql`ARRAY[1,3,5]::integer[]`),
  /** After the last failed retry a subscription becomes past_due, then `cancel` (default) or stays `past_due`. */
  afterRetries: text("after_retries", { enum: ["cancel", "past_due"] }).notNull().default("cancel"),
  updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
});

export const subscriptionStatuses = ["trialing", "active", "past_due", "paused", "canceled", "completed"] as const;

export const subscriptions = pgTable(
  "subscriptions",
  {
    id: text("id").primaryKey(),
    merchantId: text("merchant_id")
      .notNull()
      .references(() => merchants.id),
    mode: text("mode", { enum: ["test", "live"] }).notNull(),
    customerId: text("customer_id")
      .notNull()
      .references(() => customers.id),
    cardId: text("card_id")
      .notNull()
      .references(() => cards.id),
    testClockId: text("test_clock_id"),
    status: text("status", { enum: subscriptionStatuses }).notNull(),
    amount: bigint("amount", { mode: "number" }).notNull(),
    currency: text("currency").notNull(),
    interval: text("interval", { enum: ["day", "week", "month", "year"] }).notNull(),
    intervalCount: integer("interval_count").notNull(),
    /** Period n starts at anchor + n intervals (month ends clamp); the first charge is at the anchor. */
    billingAnchor: timestamp("billing_anchor", { withTimezone: true }).notNull(),
    trialEnd: timestamp("trial_end", { withTimezone: true }),
    /** The period last paid (0-based); null before the first charge. */
    currentPeriod: integer("current_period"),
    currentPeriodStart: timestamp("current_period_start", { withTimezone: true }),
    currentPeriodEnd: timestamp("current_period_end", { withTimezone: true }),
    endAfterCycles: integer("end_after_cycles"),
    endAt: timestamp("end_at", { withTimezone: true }),
    cancelAtPeriodEnd: boolean("cancel_at_period_end").notNull().default(false),
    /** The customer-initiated payment that stored the card: every charge links to it. */
    initialTransactionId: text("initial_transaction_id"),
    merchantReference: text("merchant_reference"),
    description: text("description"),
    metadata: jsonb("metadata").$type<Record<string, string>>().notNull().default({}),
    createdAt: createdAt(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
    canceledAt: timestamp("canceled_at", { withTimezone: true }),
    pausedAt: timestamp("paused_at", { withTimezone: true }),
  },
  (t) => [index("subscriptions_merchant_idx").on(t.merchantId, t.mode, t.createdAt), index("subscriptions_customer_idx").on(t.customerId)],
);

export const installmentPlans = pgTable(
  "installment_plans",
  {
    id: text("id").primaryKey(),
    merchantId: text("merchant_id")
      .notNull()
      .references(() => merchants.id),
    mode: text("mode", { enum: ["test", "live"] }).notNull(),
    paymentRequestId: text("payment_request_id"),
    customerId: text("customer_id")
      .notNull()
      .references(() => customers.id),
    cardId: text("card_id")
      .notNull()
      .references(() => cards.id),
    testClockId: text("test_clock_id"),
    status: text("status", { enum: ["active", "completed", "defaulted", "canceled"] }).notNull(),
    totalAmount: bigint("total_amount", { mode: "number" }).notNull(),
    currency: text("currency").notNull(),
    count: integer("count").notNull(),
    interval: text("interval", { enum: ["month", "week"] }).notNull(),
    initialTransactionId: text("initial_transaction_id"),
    merchantReference: text("merchant_reference"),
    createdAt: createdAt(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("installment_plans_merchant_idx").on(t.merchantId, t.mode, t.createdAt)],
);

/**
 * The scheduler's queue: one row per subscription period or instalment,
 * unique per (subscription, period) and (plan, period), so a period is billed
 * exactly once whatever the number of scheduler processes. Claimed with
 * FOR UPDATE SKIP LOCKED, like the webhook outbox.
 */
export const recurringCharges = pgTable(
  "recurring_charges",
  {
    id: text("id").primaryKey(),
    merchantId: text("merchant_id")
      .notNull()
      .references(() => merchants.id),
    mode: text("mode", { enum: ["test", "live"] }).notNull(),
    subscriptionId: text("subscription_id").references(() => subscriptions.id),
    installmentPlanId: text("installment_plan_id").references(() => installmentPlans.id),
    testClockId: text("test_clock_id"),
    /** 0-based period (subscription) or instalment number (plan). */
    period: integer("period").notNull(),
    periodStart: timestamp("period_start", { withTimezone: true }).notNull(),
    periodEnd: timestamp("period_end", { withTimezone: true }),
    /** Set when the charge is made: a change of amount applies from the next period. */
    amount: bigint("amount", { mode: "number" }),
    currency: text("currency").notNull(),
    /** `scheduled` → `succeeded`, or `retrying` → … → `failed`; `skipped` when the subscription ended first. */
    status: text("status", { enum: ["scheduled", "retrying", "succeeded", "failed", "skipped"] }).notNull(),
    attempts: integer("attempts").notNull().default(0),
    nextAttemptAt: timestamp("next_attempt_at", { withTimezone: true }),
    lastTransactionId: text("last_transaction_id"),
    lastDeclineCode: text("last_decline_code"),
    createdAt: createdAt(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("recurring_charges_subscription_period_idx").on(t.subscriptionId, t.period),
    uniqueIndex("recurring_charges_plan_period_idx").on(t.installmentPlanId, t.period),
    index("recurring_charges_due_idx").on(t.nextAttemptAt).where(sql`${t.status} IN ('scheduled', 'retrying')`),
    check("recurring_charges_one_owner", sql`(${t.subscriptionId} IS NULL) <> (${t.installmentPlanId} IS NULL)`),
  ],
);

/* ---- Risk engine (SPEC §10) ---- */

/** A merchant's risk rule: structured data (conditions, then an action and/or a score), evaluated in `position` order. */
export const riskRules = pgTable(
  "risk_rules",
  {
    id: text("id").primaryKey(),
    merchantId: text("merchant_id")
      .notNull()
      .references(() => merchants.id),
    mode: text("mode", { enum: ["test", "live"] }).notNull(),
    name: text("name").notNull(),
    position: integer("position").notNull(),
    enabled: boolean("enabled").notNull().default(true),
    /** `{ conditions, action?, score? }`, validated by core's riskRuleDefinition on every write and read. */
    definition: jsonb("definition").$type<Record<string, unknown>>().notNull(),
    createdAt: createdAt(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("risk_rules_merchant_idx").on(t.merchantId, t.mode, t.position)],
);

/**
 * One risk evaluation of one payment attempt: the score, the outcome, the rules
 * that fired with the signals they saw, and the attempt's facts that velocity
 * rules count (card fingerprint, address, email…). Never card data beyond BIN and last 4.
 */
export const riskAssessments = pgTable(
  "risk_assessments",
  {
    id: text("id").primaryKey(),
    merchantId: text("merchant_id")
      .notNull()
      .references(() => merchants.id),
    mode: text("mode", { enum: ["test", "live"] }).notNull(),
    transactionId: text("transaction_id").notNull(),
    /** `authorization`: before 3-D Secure/authorization (counted by velocity rules); `challenge`: after a challenge. */
    stage: text("stage", { enum: ["authorization", "challenge"] }).notNull(),
    score: integer("score").notNull(),
    outcome: text("outcome", { enum: ["allow", "require_3ds", "review", "block"] }).notNull(),
    /** The rules that fired, each with the signals it saw. */
    rules: jsonb("rules").$type<Record<string, unknown>[]>().notNull(),
    signals: jsonb("signals").$type<Record<string, unknown>>().notNull(),
    fingerprint: text("fingerprint").notNull(),
    bin: text("bin").notNull(),
    last4: text("last4").notNull(),
    ip: text("ip"),
    email: text("email"),
    customerId: text("customer_id"),
    deviceSession: text("device_session"),
    paymentRequestId: text("payment_request_id"),
    amount: bigint("amount", { mode: "number" }).notNull(),
    currency: text("currency").notNull(),
    /** Counter changes applied if the payment fails (a decline counted, an amount no longer paid): see core's recordRiskFailure. */
    onFailure: jsonb("on_failure").$type<Record<string, unknown>[]>(),
    createdAt: createdAt(),
  },
  (t) => [
    // Only what a query reads: the backtest and the review queue scan by merchant and time, "first seen"
    // looks the card up, a failure or a challenge finds its transaction's row. Velocity is counted in
    // card_attempt_counters, never here: every index is paid on every payment's insert.
    index("risk_assessments_merchant_idx").on(t.merchantId, t.mode, t.createdAt),
    index("risk_assessments_card_idx").on(t.merchantId, t.mode, t.fingerprint, t.createdAt),
    index("risk_assessments_transaction_idx").on(t.transactionId),
    // The retention sweep deletes the oldest first, in batches.
    index("risk_assessments_created_idx").on(t.createdAt),
  ],
);

/** Issuer facts by BIN prefix (6 to 11 digits): a simulated table for the test cards, or an imported range file. */
export const cardBins = pgTable("card_bins", {
  prefix: text("prefix").primaryKey(),
  country: text("country"),
  brand: text("brand"),
  funding: text("funding", { enum: ["credit", "debit", "prepaid"] }),
  issuer: text("issuer"),
  /** `simulated` (shipped with Jeton) or `import` (jeton bins import). */
  source: text("source").notNull().default("simulated"),
});

/* ---- Card-testing defence (issue 11, item 5): attempt counters, spent proof-of-work solutions, merchant alerts ---- */

/**
 * Card attempts on the hosted page and on token.js, counted in fixed windows per dimension: `ip:…`,
 * `card:…` (keyed fingerprint), `pr:…` (payment request) and `merchant:…:mode`. One upsert per attempt
 * counts every dimension at once, exactly under concurrency. The risk engine keeps its velocity counters here
 * too (`risk:<merchant>:<mode>:<metric>:<dimension>:<bucket seconds>:<currency>:<value>`), see core risk/velocity-counters.ts.
 */
export const cardAttemptCounters = pgTable(
  "card_attempt_counters",
  {
    key: text("key").notNull(),
    windowStart: timestamp("window_start", { withTimezone: true }).notNull(),
    /** Attempts, or an amount in minor units for the risk engine's amount counters: bigint. */
    count: bigint("count", { mode: "number" }).notNull(),
    expiresAt: timestamp("expires_at", { withTimezone: true }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.key, t.windowStart] }), index("card_attempt_counters_expires_idx").on(t.expiresAt)],
);

/** Proof-of-work solutions already used: a solution is accepted once (the primary key makes one caller win). */
export const spentChallengeSolutions = pgTable(
  "spent_challenge_solutions",
  {
    /** The challenge's HMAC signature: unique per challenge issued. */
    signature: text("signature").primaryKey(),
    /** The challenge's own expiry; the row can go after it (a late replay fails verification anyway). */
    expiresAt: timestamp("expires_at", { withTimezone: true }).notNull(),
  },
  (t) => [index("spent_challenge_solutions_expires_idx").on(t.expiresAt)],
);

/** Alerts raised for a merchant (today: a decline-rate spike), one per merchant, mode, kind and window. */
export const merchantAlerts = pgTable(
  "merchant_alerts",
  {
    id: text("id").primaryKey(),
    merchantId: text("merchant_id")
      .notNull()
      .references(() => merchants.id),
    mode: text("mode", { enum: ["test", "live"] }).notNull(),
    kind: text("kind", { enum: ["decline_rate_spike"] }).notNull(),
    windowStart: timestamp("window_start", { withTimezone: true }).notNull(),
    windowEnd: timestamp("window_end", { withTimezone: true }).notNull(),
    /** What was seen: attempts, declines and the rate, for the banner and the event. */
    details: jsonb("details").$type<{ attempts: number; declines: number; declineRate: number }>().notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex("merchant_alerts_window_idx").on(t.merchantId, t.mode, t.kind, t.windowStart),
    index("merchant_alerts_merchant_idx").on(t.merchantId, t.mode, t.createdAt),
  ],
);
