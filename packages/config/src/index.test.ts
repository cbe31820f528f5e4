import { randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import { ConfigError, loadPlatformConfig } from "./index";

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
    expect(config.database).toEqual({ url: "postgres://u@127.0.0.1:5432/db" });
  });

  it("lists every problem at once", () => {
    expect(() => loadPlatformConfig({ DATABASE_URL: "mysql://x", JETON_TOKENIZE_LIMIT_PER_IP: "-1" })).toThrow(
      /DATABASE_URL[\s\S]*JETON_VAULT_KEKS[\s\S]*JETON_FINGERPRINT_KEY[\s\S]*JETON_TOKENIZE_LIMIT_PER_IP/,
    );
  });

  it("settles daily at 22:00 UTC unless JETON_SETTLEMENT_HOUR says otherwise", () => {
    expect(loadPlatformConfig(base).settlementHourUtc).toBe(22);
    expect(loadPlatformConfig({ ...base, JETON_SETTLEMENT_HOUR: "0" }).settlementHourUtc).toBe(0);
    expect(loadPlatformConfig({ ...base, JETON_SETTLEMENT_HOUR: "23" }).settlementHourUtc).toBe(23);
    for (const bad of ["24", "-1", "7.5", "noon", ""]) {
      expect(() => loadPlatformConfig({ ...base, JETON_SETTLEMENT_HOUR: bad })).toThrow(/JETON_SETTLEMENT_HOUR/);
    }
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
    expect(loadPlatformConfig({ ...base, NODE_ENV: "production" }).staffSession.secureCookie).toBe(true);
    expect(loadPlatformConfig({ ...base, JETON_PUBLIC_URL: "https://pay.example" }).staffSession.secureCookie).toBe(true);
  });
});
