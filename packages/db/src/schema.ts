import { sql } from "drizzle-orm";
import {
  check,
  index,
  integer,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
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

/** Browser origins allowed to call the publishable-key endpoints (and, later, to frame the Smart Form). */
export const merchantOrigins = pgTable(
  "merchant_origins",
  {
    merchantId: text("merchant_id")
      .notNull()
      .references(() => merchants.id),
    origin: text("origin").notNull(),
    createdAt: createdAt(),
  },
  (t) => [primaryKey({ columns: [t.merchantId, t.origin] }), index("merchant_origins_origin_idx").on(t.origin)],
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
    panSealed: text("pan_sealed").notNull(),
    panKekId: text("pan_kek_id").notNull(),
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
