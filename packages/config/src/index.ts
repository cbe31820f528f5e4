import { hkdfSync } from "node:crypto";
import { readFileSync } from "node:fs";
import { isIP } from "node:net";
import path from "node:path";
import { parseEnv } from "node:util";
import { liveAcquirerProblem, parseVaultKeys, type VaultConfig } from "@jeton/core";
import type { DatabaseOptions } from "@jeton/db";
import { z } from "zod";

function isCidr(value: string): boolean {
  const [network, prefix, ...rest] = value.split("/");
  const family = isIP(network ?? "");
  if (family === 0 || rest.length > 0) return false;
  return prefix === undefined || (/^\d{1,3}$/.test(prefix) && Number(prefix) <= (family === 6 ? 128 : 32));
}

const positiveInt = (fallback: number) => z.coerce.number().int().positive().default(fallback);

/**
 * The platform's environment, shared by the web app and the CLI. This module
 * never reads `process.env` itself: each app passes its environment in, once.
 */
export const platformEnvSchema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  DATABASE_URL: z.url({ protocol: /^postgres(ql)?$/ }).optional(),
  /** Where embedded PGlite keeps its files when DATABASE_URL is not set. */
  JETON_DATA_DIR: z.string().min(1).default(".data"),
  /** The platform's public base URL (hosted pages, token.js, links in results). Required, and https, in production. */
  JETON_PUBLIC_URL: z.url().optional(),
  /**
   * Lets NODE_ENV=production run on an http JETON_PUBLIC_URL. Only for
   * `npm start` and the e2e run, which serve `next start` (a production
   * build) on http://localhost; never in a real deployment.
   */
  JETON_ALLOW_INSECURE_PUBLIC_URL: z.stringbool().default(false),
  /** `id:base64key,id2:base64key`: key-encryption keys of the vault (32 bytes each). */
  JETON_VAULT_KEKS: z.string().min(1, "JETON_VAULT_KEKS is required (see README: Configuration)"),
  /** Which KEK wraps new data keys; defaults to the last one listed. */
  JETON_VAULT_ACTIVE_KEK: z.string().optional(),
  /** base64, ≥ 32 bytes: key of the card-fingerprint HMAC. */
  JETON_FINGERPRINT_KEY: z.string().min(1, "JETON_FINGERPRINT_KEY is required (see README: Configuration)"),
  /** Tokenization attempts allowed per publishable key, per minute. */
  JETON_TOKENIZE_LIMIT_PER_KEY: positiveInt(120),
  /** Tokenization attempts allowed per client IP, per minute (card-testing defence). */
  JETON_TOKENIZE_LIMIT_PER_IP: positiveInt(30),
  /**
   * `off` (default): tokenization's statements (card-attempt counters, rate-limit counters, the token)
   * commit without waiting for the WAL flush, so their shared counter rows are not locked through a
   * disk flush; a PostgreSQL crash can forget the last fraction of a second of tokens (the shopper
   * types the card again; nothing is charged). `on`: every commit waits (docs/operations.md#durability-of-tokenization).
   */
  JETON_TOKENIZE_SYNCHRONOUS_COMMIT: z.enum(["on", "off"]).default("off"),
  /** Password sign-in attempts to the back-office allowed per client IP, per 5 minutes (on top of the per-account lockout). */
  JETON_LOGIN_LIMIT_PER_IP: positiveInt(30),
  /**
   * The header holding the client address, set by the proxy in front of Jeton.
   * Read only when the TCP peer is one of JETON_TRUSTED_PROXIES, right to left:
   * the right-most hop that is not a trusted proxy is the client.
   */
  JETON_CLIENT_IP_HEADER: z.string().default("x-forwarded-for"),
  /**
   * Comma-separated CIDRs (or single addresses) of the proxies in front of
   * Jeton. Only a TCP peer in this list has its JETON_CLIENT_IP_HEADER
   * believed; by default nobody does and the client IP is the TCP peer.
   */
  JETON_TRUSTED_PROXIES: z
    .string()
    .default("")
    .transform((value) => value.split(",").map((entry) => entry.trim()).filter(Boolean))
    .pipe(z.array(z.string().refine(isCidr, "a comma-separated list of CIDRs such as 10.0.0.0/8 or 2001:db8::/32"))),
  /** The daily settlement cut-off, an hour of the day in UTC (0–23): captured transactions become settled then. */
  JETON_SETTLEMENT_HOUR: z
    .string()
    .regex(/^\d{1,2}$/, "an hour of the day from 0 to 23")
    .transform(Number)
    .pipe(z.number().max(23, "an hour of the day from 0 to 23"))
    .default(22),
  /**
   * Seals back-office session cookies (iron-session), at least 32 characters.
   * Defaults to a key derived from JETON_FINGERPRINT_KEY, so instances that
   * share their configuration share sessions without one more secret to manage.
   */
  JETON_SESSION_SECRET: z.string().min(32, "at least 32 characters").optional(),
  /** A back-office session with no request for this many minutes is over. */
  JETON_SESSION_IDLE_MINUTES: positiveInt(15),
  /**
   * The acquirer connector that takes live payments. Unset (the default), live mode is off: live
   * authorizations and live payment requests answer `live_mode_unavailable`. The simulator serves
   * test mode only and is refused here.
   */
  JETON_LIVE_ACQUIRER: z.string().min(1).optional(),
  /**
   * Days a used card token's sealed PAN is kept (for charging the card of an earlier payment), counted
   * from its use; then the background sweep destroys it. Unused tokens lose it when they expire.
   */
  JETON_CARD_RETENTION_DAYS: positiveInt(400),
  /**
   * Local development only: test-mode webhook endpoints may target private
   * addresses (127.0.0.1, 10/8, …), where the demo shop listens. `npm start`
   * and the e2e run set it; production leaves it unset. Live-mode endpoints
   * never reach a private address, whatever this says.
   */
  JETON_WEBHOOK_ALLOW_PRIVATE_NETWORKS: z.stringbool().default(false),
  /**
   * How long a sender's claim on a webhook delivery lasts: a delivery claimed by an instance that died
   * is sent by another one after this. It stays above the 10 s delivery timeout, so a delivery still in
   * flight is never claimed twice.
   */
  JETON_WEBHOOK_LEASE_SECONDS: z.coerce.number().int().min(15).max(3600).default(60),
  /**
   * Card-testing defence (docs/risk.md#card-testing-defence): attempts on the hosted page and on token.js
   * are counted per client IP, card, payment request and merchant over this window. Past a dimension's
   * CHALLENGE threshold the next attempt must carry a solved proof-of-work challenge; past its BLOCK
   * threshold it is refused with `too_many_attempts`.
   */
  JETON_CARD_TESTING_WINDOW_MINUTES: positiveInt(60),
  JETON_CARD_TESTING_CHALLENGE_PER_IP: positiveInt(10),
  JETON_CARD_TESTING_BLOCK_PER_IP: positiveInt(30),
  JETON_CARD_TESTING_CHALLENGE_PER_CARD: positiveInt(3),
  JETON_CARD_TESTING_BLOCK_PER_CARD: positiveInt(10),
  JETON_CARD_TESTING_CHALLENGE_PER_PAYMENT_REQUEST: positiveInt(5),
  JETON_CARD_TESTING_BLOCK_PER_PAYMENT_REQUEST: positiveInt(15),
  JETON_CARD_TESTING_CHALLENGE_PER_MERCHANT: positiveInt(500),
  JETON_CARD_TESTING_BLOCK_PER_MERCHANT: positiveInt(20_000),
  /** The proof-of-work's size: the solver tries on average half this many SHA-256 hashes. */
  JETON_CARD_TESTING_POW_MAX_NUMBER: z.coerce.number().int().min(1000).max(10_000_000).default(50_000),
  /**
   * Client addresses (CIDRs) not counted per IP: the operator's own synthetic checks. Their attempts still
   * count per card, payment request and merchant. Empty by default; never put a shared proxy here.
   */
  JETON_CARD_TESTING_UNCOUNTED_IPS: z
    .string()
    .default("")
    .transform((value) => value.split(",").map((entry) => entry.trim()).filter(Boolean))
    .pipe(z.array(z.string().refine(isCidr, "a comma-separated list of CIDRs such as 10.0.0.0/8 or 2001:db8::/32"))),
  /** Decline-rate spike alert: over this window, at least MIN_ATTEMPTS attempts of which RATE percent or more refused. */
  JETON_DECLINE_SPIKE_WINDOW_MINUTES: positiveInt(15),
  JETON_DECLINE_SPIKE_MIN_ATTEMPTS: positiveInt(20),
  JETON_DECLINE_SPIKE_RATE: z.coerce.number().int().min(1).max(100).default(50),
  /**
   * Where email goes: smtp://user:pass@host:587 (STARTTLS when the server offers it) or
   * smtps://user:pass@host:465 (TLS from the first byte). Unset: emails are not sent (they fail
   * as `not_configured`). `npm start` points it at its local mail catcher unless it is set.
   */
  JETON_SMTP_URL: z.url({ protocol: /^smtps?$/ }).optional(),
  /** The From of every email, e.g. `Jeton <no-reply@pay.example>`. */
  JETON_MAIL_FROM: z.string().min(3).default("Jeton <no-reply@jeton.localhost>"),
  /** Refuse to send unless the connection is encrypted (STARTTLS must succeed on smtp://). */
  JETON_SMTP_REQUIRE_TLS: z.stringbool().default(false),
  /** Accept a server certificate that does not verify. A local test server only; never in production. */
  JETON_SMTP_ALLOW_INVALID_CERT: z.stringbool().default(false),
  /** `http`: the generic HTTP JSON provider (JETON_SMS_URL…); `dev`: recorded in the log, never sent; `none`: SMS fail as `not_configured`. */
  JETON_SMS_PROVIDER: z.enum(["none", "dev", "http"]).optional(),
  JETON_SMS_URL: z.url({ protocol: /^https?$/ }).optional(),
  /** A header line sent with each SMS request, e.g. `Authorization: Bearer abc`. */
  JETON_SMS_AUTH_HEADER: z.string().regex(/^[A-Za-z0-9-]+:\s*\S/, "a header line such as `Authorization: Bearer abc`").optional(),
  /** The JSON body, with {{to}}, {{text}} and {{reference}} placeholders (JSON-escaped when filled). */
  JETON_SMS_BODY_TEMPLATE: z.string().optional(),
  /** Risk scores (0–100) from which a payment is reviewed, and blocked, whatever its rules' actions (docs/risk.md). */
  JETON_RISK_REVIEW_SCORE: z.string().regex(/^\d{1,3}$/, "a score from 0 to 100").transform(Number).pipe(z.number().max(100)).default(65),
  JETON_RISK_BLOCK_SCORE: z.string().regex(/^\d{1,3}$/, "a score from 0 to 100").transform(Number).pipe(z.number().max(100)).default(90),
  /** Hours a payment held for review waits for staff; then the sweep rejects it (cancels the authorization). */
  JETON_RISK_REVIEW_HOURS: positiveInt(72),
  /** Days risk assessments are kept (the backtest reads the last 30); the purge sweep deletes older ones in batches. */
  JETON_RISK_RETENTION_DAYS: z.coerce.number().int().min(31, "at least 31 days: the backtest reads the last 30").default(180),
  /** `off` skips the rules (the blacklist still applies): for benchmarks that measure the engine's cost, never in production. */
  JETON_RISK_ENGINE: z.enum(["on", "off"]).default("on"),
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
});

export type PlatformEnv = z.infer<typeof platformEnvSchema>;

export interface PlatformConfig {
  env: PlatformEnv["NODE_ENV"];
  database: DatabaseOptions;
  publicUrl: string;
  vault: VaultConfig;
  rateLimits: {
    tokenizePerKey: { limit: number; windowSeconds: number };
    tokenizePerIp: { limit: number; windowSeconds: number };
    loginPerIp: { limit: number; windowSeconds: number };
  };
  clientIpHeader: string;
  /** CIDRs whose forwarded header is believed; empty: the client IP is the TCP peer. */
  trustedProxies: string[];
  /** Hour (UTC, 0–23) of the daily settlement cut-off. */
  settlementHourUtc: number;
  logLevel: PlatformEnv["LOG_LEVEL"];
  /** Card-testing defence: counting window, thresholds per dimension, proof-of-work size (JETON_CARD_TESTING_*). */
  cardTesting: CardTestingSettings;
  /** Decline-rate spike alert (JETON_DECLINE_SPIKE_*). */
  declineSpike: DeclineSpikeSettings;
  /** The live acquirer connector's name; null: live mode is off. */
  liveAcquirer: string | null;
  /** Days a used card token's PAN is kept before the sweep destroys it. */
  cardRetentionDays: number;
  /** The risk engine's platform settings (docs/risk.md). */
  risk: { enabled: boolean; thresholds: { review: number; block: number }; reviewExpiryHours: number; assessmentRetentionDays: number };
  webhooks: {
    /** Test-mode endpoints may target private addresses (JETON_WEBHOOK_ALLOW_PRIVATE_NETWORKS). */
    allowPrivateNetworks: boolean;
    /** A sender's claim on a delivery, in ms (JETON_WEBHOOK_LEASE_SECONDS). */
    leaseMs: number;
  };
  messaging: {
    smtp: { url: string; from: string; requireTls: boolean; allowInvalidCertificates: boolean } | null;
    from: string;
    sms: { provider: "none" } | { provider: "dev" } | { provider: "http"; url: string; authHeader: string | undefined; bodyTemplate: string | undefined };
  };
  staffSession: {
    secret: string;
    idleMinutes: number;
    /** Secure cookies in production and whenever the platform is served over https. */
    secureCookie: boolean;
  };
}

export interface CardTestingSettings {
  windowSeconds: number;
  thresholds: Record<"ip" | "card" | "paymentRequest" | "merchant", { challengeAfter: number; blockAfter: number }>;
  powMaxNumber: number;
  uncountedIps: string[];
}

export interface DeclineSpikeSettings {
  windowMinutes: number;
  minAttempts: number;
  ratePercent: number;
}

export class ConfigError extends Error {
  override name = "ConfigError";
}

/** Validates the environment once and turns it into typed configuration; throws with every problem listed. */
export function loadPlatformConfig(source: Record<string, string | undefined>, cwd = process.cwd()): PlatformConfig {
  const parsed = platformEnvSchema.safeParse(source);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `  ${issue.path.join(".")}: ${issue.message}`);
    throw new ConfigError(`Invalid configuration:\n${problems.join("\n")}`);
  }
  const env = parsed.data;
  const production = env.NODE_ENV === "production";
  if (production && !env.JETON_PUBLIC_URL) {
    throw new ConfigError("Invalid configuration:\n  JETON_PUBLIC_URL: required in production (the https URL shoppers and merchants reach)");
  }
  const publicUrl = (env.JETON_PUBLIC_URL ?? "http://localhost:3000").replace(/\/$/, "");
  if (production && !publicUrl.startsWith("https:") && !env.JETON_ALLOW_INSECURE_PUBLIC_URL) {
    throw new ConfigError("Invalid configuration:\n  JETON_PUBLIC_URL: must be https in production (JETON_ALLOW_INSECURE_PUBLIC_URL=true is for a local npm start only)");
  }
  let keks: Record<string, Buffer>;
  try {
    keks = parseVaultKeys(env.JETON_VAULT_KEKS);
  } catch (error) {
    throw new ConfigError(`Invalid configuration:\n  JETON_VAULT_KEKS: ${(error as Error).message}`);
  }
  const kekIds = Object.keys(keks);
  const activeKekId = env.JETON_VAULT_ACTIVE_KEK ?? kekIds[kekIds.length - 1];
  if (!activeKekId || !keks[activeKekId]) {
    throw new ConfigError("Invalid configuration:\n  JETON_VAULT_ACTIVE_KEK: names no key of JETON_VAULT_KEKS");
  }
  const fingerprintKey = Buffer.from(env.JETON_FINGERPRINT_KEY, "base64");
  if (fingerprintKey.length < 32) {
    throw new ConfigError("Invalid configuration:\n  JETON_FINGERPRINT_KEY: must decode to at least 32 bytes");
  }
  const thresholds = {
    ip: { challengeAfter: env.JETON_CARD_TESTING_CHALLENGE_PER_IP, blockAfter: env.JETON_CARD_TESTING_BLOCK_PER_IP },
    card: { challengeAfter: env.JETON_CARD_TESTING_CHALLENGE_PER_CARD, blockAfter: env.JETON_CARD_TESTING_BLOCK_PER_CARD },
    paymentRequest: { challengeAfter: env.JETON_CARD_TESTING_CHALLENGE_PER_PAYMENT_REQUEST, blockAfter: env.JETON_CARD_TESTING_BLOCK_PER_PAYMENT_REQUEST },
    merchant: { challengeAfter: env.JETON_CARD_TESTING_CHALLENGE_PER_MERCHANT, blockAfter: env.JETON_CARD_TESTING_BLOCK_PER_MERCHANT },
  };
  const envNames = { ip: "IP", card: "CARD", paymentRequest: "PAYMENT_REQUEST", merchant: "MERCHANT" } as const;
  for (const [dimension, { challengeAfter, blockAfter }] of Object.entries(thresholds) as Array<[keyof typeof envNames, { challengeAfter: number; blockAfter: number }]>) {
    if (blockAfter < challengeAfter) {
      throw new ConfigError(`Invalid configuration:\n  JETON_CARD_TESTING_BLOCK_PER_${envNames[dimension]}: must not be below JETON_CARD_TESTING_CHALLENGE_PER_${envNames[dimension]}`);
    }
  }
  const liveAcquirer = env.JETON_LIVE_ACQUIRER ?? null;
  const smsProvider = env.JETON_SMS_PROVIDER ?? (env.JETON_SMS_URL ? "http" : production ? "none" : "dev");
  if (smsProvider === "http" && !env.JETON_SMS_URL) throw new ConfigError("Invalid configuration:\n  JETON_SMS_URL: required with JETON_SMS_PROVIDER=http");
  if (env.JETON_SMS_BODY_TEMPLATE) {
    try {
      JSON.parse(env.JETON_SMS_BODY_TEMPLATE.replace(/\{\{(to|text|reference)\}\}/g, "x"));
    } catch {
      throw new ConfigError("Invalid configuration:\n  JETON_SMS_BODY_TEMPLATE: not JSON once its {{to}}, {{text}} and {{reference}} are filled");
    }
  }
  const liveProblem = liveAcquirer === null ? undefined : liveAcquirerProblem(liveAcquirer);
  if (liveProblem) throw new ConfigError(`Invalid configuration:\n  JETON_LIVE_ACQUIRER: ${liveProblem}`);
  return {
    env: env.NODE_ENV,
    database: env.DATABASE_URL
      ? { url: env.DATABASE_URL, asyncCommit: env.JETON_TOKENIZE_SYNCHRONOUS_COMMIT === "off" }
      : { dataDir: path.resolve(cwd, env.JETON_DATA_DIR, "pglite") },
    publicUrl,
    vault: { keks, activeKekId, fingerprintKey },
    rateLimits: {
      tokenizePerKey: { limit: env.JETON_TOKENIZE_LIMIT_PER_KEY, windowSeconds: 60 },
      tokenizePerIp: { limit: env.JETON_TOKENIZE_LIMIT_PER_IP, windowSeconds: 60 },
      loginPerIp: { limit: env.JETON_LOGIN_LIMIT_PER_IP, windowSeconds: 300 },
    },
    clientIpHeader: env.JETON_CLIENT_IP_HEADER.toLowerCase(),
    trustedProxies: env.JETON_TRUSTED_PROXIES,
    settlementHourUtc: env.JETON_SETTLEMENT_HOUR,
    logLevel: env.LOG_LEVEL,
    cardTesting: {
      windowSeconds: env.JETON_CARD_TESTING_WINDOW_MINUTES * 60,
      thresholds,
      powMaxNumber: env.JETON_CARD_TESTING_POW_MAX_NUMBER,
      uncountedIps: env.JETON_CARD_TESTING_UNCOUNTED_IPS,
    },
    declineSpike: {
      windowMinutes: env.JETON_DECLINE_SPIKE_WINDOW_MINUTES,
      minAttempts: env.JETON_DECLINE_SPIKE_MIN_ATTEMPTS,
      ratePercent: env.JETON_DECLINE_SPIKE_RATE,
    },
    liveAcquirer,
    cardRetentionDays: env.JETON_CARD_RETENTION_DAYS,
    risk: {
      enabled: env.JETON_RISK_ENGINE === "on",
      thresholds: { review: env.JETON_RISK_REVIEW_SCORE, block: env.JETON_RISK_BLOCK_SCORE },
      reviewExpiryHours: env.JETON_RISK_REVIEW_HOURS,
      assessmentRetentionDays: env.JETON_RISK_RETENTION_DAYS,
    },
    webhooks: { allowPrivateNetworks: env.JETON_WEBHOOK_ALLOW_PRIVATE_NETWORKS, leaseMs: env.JETON_WEBHOOK_LEASE_SECONDS * 1000 },
    messaging: {
      smtp: env.JETON_SMTP_URL
        ? { url: env.JETON_SMTP_URL, from: env.JETON_MAIL_FROM, requireTls: env.JETON_SMTP_REQUIRE_TLS, allowInvalidCertificates: env.JETON_SMTP_ALLOW_INVALID_CERT }
        : null,
      from: env.JETON_MAIL_FROM,
      sms:
        smsProvider === "http"
          ? { provider: "http", url: env.JETON_SMS_URL!, authHeader: env.JETON_SMS_AUTH_HEADER, bodyTemplate: env.JETON_SMS_BODY_TEMPLATE }
          : { provider: smsProvider },
    },
    staffSession: {
      secret:
        env.JETON_SESSION_SECRET ??
        Buffer.from(hkdfSync("sha256", fingerprintKey, Buffer.alloc(0), "jeton staff session", 32)).toString("base64url"),
      idleMinutes: env.JETON_SESSION_IDLE_MINUTES,
      secureCookie: production || publicUrl.startsWith("https:"),
    },
  };
}

/**
 * The development secrets `npm start` keeps in `.data/jeton.env`, added under
 * `source` only when `JETON_DEV_ENV_FILE` names that file (npm start sets it):
 * a file lying around never configures a platform by being there. Variables
 * already set win over the file. Relative paths resolve from `cwd`.
 */
export function withDevEnvFile(source: Record<string, string | undefined>, cwd = process.cwd()): Record<string, string | undefined> {
  const file = source.JETON_DEV_ENV_FILE;
  if (!file) return source;
  let text: string;
  try {
    text = readFileSync(path.resolve(cwd, file), "utf8");
  } catch (error) {
    throw new ConfigError(`Invalid configuration:\n  JETON_DEV_ENV_FILE: cannot read ${file} (${(error as NodeJS.ErrnoException).code ?? "error"})`);
  }
  const fromFile = parseEnv(text) as Record<string, string>;
  const merged: Record<string, string | undefined> = { ...fromFile };
  for (const [name, value] of Object.entries(source)) if (value !== undefined) merged[name] = value;
  return merged;
}
