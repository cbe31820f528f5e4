import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import { ConfigError, loadPlatformConfig, withDevEnvFile } from "./index";

const key = () => randomBytes(32).toString("base64");
const base = { JETON_VAULT_KEKS: `a:${key()},b:${key()}`, JETON_FINGERPRINT_KEY: key() };

describe("loadPlatformConfig", () => {
  it("uses embedded PGlite under the data dir without DATABASE_URL", () => {
    const config = loadPlatformConfig(base, "/srv/jeton");
    expect(config.database).toEqual({ dataDir: "/srv/jeton/.data/pglite" });
    expect(config.vault.activeKekId).toBe("b");
    expect(config.rateLimits.tokenizePerIp.limit).toBe(30);
  });

  it("uses postgres.js with DATABASE_URL", () => {
    const config = loadPlatformConfig({ ...base, DATABASE_URL: "postgres://u@127.0.0.1:5432/db" });
    expect(config.database).toEqual({ url: "postgres://u@127.0.0.1:5432/db", asyncCommit: true });
    // Tokenization's asynchronous commit is a choice the operator can take back.
    const durable = loadPlatformConfig({ ...base, DATABASE_URL: "postgres://u@127.0.0.1:5432/db", JETON_TOKENIZE_SYNCHRONOUS_COMMIT: "on" });
    expect(durable.database).toEqual({ url: "postgres://u@127.0.0.1:5432/db", asyncCommit: false });
    expect(() => loadPlatformConfig({ ...base, JETON_TOKENIZE_SYNCHRONOUS_COMMIT: "maybe" })).toThrow(/JETON_TOKENIZE_SYNCHRONOUS_COMMIT/);
  });

  it("lists every problem at once", () => {
    expect(() => loadPlatformConfig({ DATABASE_URL: "mysql://x", JETON_TOKENIZE_LIMIT_PER_IP: "-1" })).toThrow(
      /DATABASE_URL[\s\S]*JETON_VAULT_KEKS[\s\S]*JETON_FINGERPRINT_KEY[\s\S]*JETON_TOKENIZE_LIMIT_PER_IP/,
    );
  });

  it("leases a webhook delivery for 60 s unless JETON_WEBHOOK_LEASE_SECONDS says otherwise, never within the 10 s delivery timeout", () => {
    expect(loadPlatformConfig(base).webhooks.leaseMs).toBe(60_000);
    expect(loadPlatformConfig({ ...base, JETON_WEBHOOK_LEASE_SECONDS: "20" }).webhooks.leaseMs).toBe(20_000);
    for (const bad of ["10", "14", "3601", "20.5", "soon"]) {
      expect(() => loadPlatformConfig({ ...base, JETON_WEBHOOK_LEASE_SECONDS: bad })).toThrow(/JETON_WEBHOOK_LEASE_SECONDS/);
    }
  });

  it("settles daily at 22:00 UTC unless JETON_SETTLEMENT_HOUR says otherwise", () => {
    expect(loadPlatformConfig(base).settlementHourUtc).toBe(22);
    expect(loadPlatformConfig({ ...base, JETON_SETTLEMENT_HOUR: "0" }).settlementHourUtc).toBe(0);
    expect(loadPlatformConfig({ ...base, JETON_SETTLEMENT_HOUR: "23" }).settlementHourUtc).toBe(23);
    for (const bad of ["24", "-1", "7.5", "noon", ""]) {
      expect(() => loadPlatformConfig({ ...base, JETON_SETTLEMENT_HOUR: bad })).toThrow(/JETON_SETTLEMENT_HOUR/);
    }
  });

  it("keeps live mode off unless JETON_LIVE_ACQUIRER names a live connector; the simulator is refused for live", () => {
    expect(loadPlatformConfig(base).liveAcquirer).toBeNull();
    expect(() => loadPlatformConfig({ ...base, JETON_LIVE_ACQUIRER: "simulator" })).toThrow(/JETON_LIVE_ACQUIRER: the simulator serves test mode only/);
    expect(() => loadPlatformConfig({ ...base, JETON_LIVE_ACQUIRER: "acme" })).toThrow(/JETON_LIVE_ACQUIRER: no live acquirer connector is named "acme"/);
    expect(() => loadPlatformConfig({ ...base, JETON_LIVE_ACQUIRER: "toString" })).toThrow(ConfigError);
  });

  it("trusts no proxy by default and reads JETON_TRUSTED_PROXIES as CIDRs", () => {
    expect(loadPlatformConfig(base).trustedProxies).toEqual([]);
    expect(loadPlatformConfig({ ...base, JETON_TRUSTED_PROXIES: " 10.0.0.0/8, 127.0.0.1 ,2001:db8::/32" }).trustedProxies).toEqual([
      "10.0.0.0/8",
      "127.0.0.1",
      "2001:db8::/32",
    ]);
    for (const bad of ["10.0.0.0/33", "10.0.0/8", "example.com", "::1/129", "10.0.0.0/8/1"]) {
      expect(() => loadPlatformConfig({ ...base, JETON_TRUSTED_PROXIES: bad })).toThrow(/JETON_TRUSTED_PROXIES/);
    }
  });

  it("has documented card-testing defaults, reads each threshold, and refuses a block below its challenge", () => {
    const { cardTesting, declineSpike } = loadPlatformConfig(base);
    expect(cardTesting).toEqual({
      windowSeconds: 3600,
      thresholds: {
        ip: { challengeAfter: 10, blockAfter: 30 },
        card: { challengeAfter: 3, blockAfter: 10 },
        paymentRequest: { challengeAfter: 5, blockAfter: 15 },
        merchant: { challengeAfter: 500, blockAfter: 20_000 },
      },
      powMaxNumber: 50_000,
      uncountedIps: [],
    });
    expect(declineSpike).toEqual({ windowMinutes: 15, minAttempts: 20, ratePercent: 50 });
    const tuned = loadPlatformConfig({ ...base, JETON_CARD_TESTING_CHALLENGE_PER_CARD: "5", JETON_CARD_TESTING_BLOCK_PER_CARD: "5", JETON_CARD_TESTING_UNCOUNTED_IPS: "192.0.2.0/24" });
    expect(tuned.cardTesting.thresholds.card).toEqual({ challengeAfter: 5, blockAfter: 5 });
    expect(tuned.cardTesting.uncountedIps).toEqual(["192.0.2.0/24"]);
    expect(() => loadPlatformConfig({ ...base, JETON_CARD_TESTING_BLOCK_PER_IP: "5" })).toThrow(/JETON_CARD_TESTING_BLOCK_PER_IP: must not be below JETON_CARD_TESTING_CHALLENGE_PER_IP/);
    for (const [name, bad] of [["JETON_CARD_TESTING_POW_MAX_NUMBER", "10"], ["JETON_DECLINE_SPIKE_RATE", "101"], ["JETON_CARD_TESTING_UNCOUNTED_IPS", "nope"], ["JETON_CARD_TESTING_CHALLENGE_PER_MERCHANT", "0"]]) {
      expect(() => loadPlatformConfig({ ...base, [name!]: bad })).toThrow(new RegExp(name!));
    }
  });

  it("refuses an active KEK that is not configured and short keys", () => {
    expect(() => loadPlatformConfig({ ...base, JETON_VAULT_ACTIVE_KEK: "zz" })).toThrow(ConfigError);
    expect(() => loadPlatformConfig({ ...base, JETON_FINGERPRINT_KEY: "c2hvcnQ=" })).toThrow(/32 bytes/);
    expect(() => loadPlatformConfig({ ...base, JETON_VAULT_KEKS: "a:c2hvcnQ=" })).toThrow(/32 bytes/);
  });

  it("derives a staff session secret unless one is given, and makes cookies Secure in production", () => {
    const derived = loadPlatformConfig(base).staffSession;
    expect(derived.secret.length).toBeGreaterThanOrEqual(32);
    expect(loadPlatformConfig(base).staffSession.secret).toBe(derived.secret);
    expect(derived).toMatchObject({ idleMinutes: 15, secureCookie: false });
    const secret = "s".repeat(40);
    expect(loadPlatformConfig({ ...base, JETON_SESSION_SECRET: secret }).staffSession.secret).toBe(secret);
    expect(() => loadPlatformConfig({ ...base, JETON_SESSION_SECRET: "short" })).toThrow(/JETON_SESSION_SECRET/);
    expect(loadPlatformConfig({ ...base, NODE_ENV: "production", JETON_PUBLIC_URL: "https://pay.example" }).staffSession.secureCookie).toBe(true);
    expect(loadPlatformConfig({ ...base, JETON_PUBLIC_URL: "https://pay.example" }).staffSession.secureCookie).toBe(true);
  });

  it("requires an https JETON_PUBLIC_URL in production, unless the local escape says otherwise", () => {
    expect(() => loadPlatformConfig({ ...base, NODE_ENV: "production" })).toThrow(/JETON_PUBLIC_URL: required in production/);
    expect(() => loadPlatformConfig({ ...base, NODE_ENV: "production", JETON_PUBLIC_URL: "http://pay.example" })).toThrow(/JETON_PUBLIC_URL: must be https/);
    expect(loadPlatformConfig({ ...base, NODE_ENV: "production", JETON_PUBLIC_URL: "https://pay.example/" }).publicUrl).toBe("https://pay.example");
    // npm start and the e2e run serve `next start` (NODE_ENV=production) on a laptop's http://localhost.
    const local = { ...base, NODE_ENV: "production", JETON_PUBLIC_URL: "http://localhost:3000", JETON_ALLOW_INSECURE_PUBLIC_URL: "true" };
    expect(loadPlatformConfig(local).publicUrl).toBe("http://localhost:3000");
    expect(() => loadPlatformConfig({ ...local, JETON_ALLOW_INSECURE_PUBLIC_URL: "false" })).toThrow(ConfigError);
    // Development keeps its default.
    expect(loadPlatformConfig(base).publicUrl).toBe("http://localhost:3000");
  });

  it("reads the development env file only when JETON_DEV_ENV_FILE names it; variables already set win", () => {
    const dir = mkdtempSync(path.join(tmpdir(), "jeton-config-"));
    try {
      mkdirSync(path.join(dir, ".data"));
      writeFileSync(path.join(dir, ".data", "jeton.env"), "JETON_SETTLEMENT_HOUR=5\nLOG_LEVEL=debug\n");
      // The file exists, but nobody asked for it.
      expect(withDevEnvFile({ LOG_LEVEL: "warn" }, dir)).toEqual({ LOG_LEVEL: "warn" });
      expect(withDevEnvFile({ LOG_LEVEL: "warn", JETON_DEV_ENV_FILE: ".data/jeton.env" }, dir)).toEqual({
        JETON_SETTLEMENT_HOUR: "5",
        LOG_LEVEL: "warn",
        JETON_DEV_ENV_FILE: ".data/jeton.env",
      });
      expect(() => withDevEnvFile({ JETON_DEV_ENV_FILE: ".data/missing.env" }, dir)).toThrow(/JETON_DEV_ENV_FILE/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
  it("configures messaging: SMTP only when JETON_SMTP_URL is set, the SMS provider by environment", () => {
    const dev = loadPlatformConfig(base).messaging;
    expect(dev.smtp).toBeNull();
    expect(dev.sms).toEqual({ provider: "dev" });
    expect(loadPlatformConfig({ ...base, NODE_ENV: "production", JETON_PUBLIC_URL: "https://pay.example" }).messaging.sms).toEqual({ provider: "none" });
    const configured = loadPlatformConfig({
      ...base,
      JETON_SMTP_URL: "smtps://u:p@mail.example:465",
      JETON_SMTP_REQUIRE_TLS: "true",
      JETON_SMS_URL: "https://sms.example/send",
      JETON_SMS_AUTH_HEADER: "X-Api-Key: k",
    }).messaging;
    expect(configured.smtp).toMatchObject({ url: "smtps://u:p@mail.example:465", requireTls: true, allowInvalidCertificates: false });
    expect(configured.sms).toMatchObject({ provider: "http", url: "https://sms.example/send", authHeader: "X-Api-Key: k" });
    expect(() => loadPlatformConfig({ ...base, JETON_SMTP_URL: "http://mail.example" })).toThrow(/JETON_SMTP_URL/);
    expect(() => loadPlatformConfig({ ...base, JETON_SMS_PROVIDER: "http" })).toThrow(/JETON_SMS_URL/);
    expect(() => loadPlatformConfig({ ...base, JETON_SMS_BODY_TEMPLATE: '{"to":{{to}}' })).toThrow(/JETON_SMS_BODY_TEMPLATE/);
    expect(() => loadPlatformConfig({ ...base, JETON_SMS_AUTH_HEADER: "Bearer x" })).toThrow(/JETON_SMS_AUTH_HEADER/);
  });
});
