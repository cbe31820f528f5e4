import { randomBytes } from "node:crypto";
import * as OTPAuth from "otpauth";
import { describe, expect, it } from "vitest";
import { createVault } from "../vault/create-vault";
import { startTotpEnrolment } from "./start-totp-enrolment";
import { generateRecoveryCode, hashRecoveryCode, isTotpSecret, keyRecoveryCodeHash, legacyRecoveryCodeHash, matchTotpCounter } from "./staff-totp";

const secret = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP";
const app = new OTPAuth.TOTP({ secret: OTPAuth.Secret.fromBase32(secret), digits: 6, period: 30, algorithm: "SHA1" });
const codeAt = (ms: number) => app.generate({ timestamp: ms });

describe("TOTP codes", () => {
  // Just after the start of step 1_000_000, so ±30 s stays in neighbouring steps.
  const now = new Date(1_000_000 * 30_000 + 1_000);

  it("accepts the current step and one step either side, and says which step it was", () => {
    expect(matchTotpCounter(secret, codeAt(now.getTime()), now)).toBe(1_000_000);
    expect(matchTotpCounter(secret, codeAt(now.getTime() - 30_000), now)).toBe(999_999);
    expect(matchTotpCounter(secret, codeAt(now.getTime() + 30_000), now)).toBe(1_000_001);
  });

  it("refuses codes two steps away, another secret's codes, and anything that is not six digits", () => {
    expect(matchTotpCounter(secret, codeAt(now.getTime() - 60_000), now)).toBeNull();
    expect(matchTotpCounter(secret, codeAt(now.getTime() + 60_000), now)).toBeNull();
    const other = startTotpEnrolment({ email: "a@b.example" }).secret;
    const otherCode = new OTPAuth.TOTP({ secret: OTPAuth.Secret.fromBase32(other) }).generate({ timestamp: now.getTime() });
    if (otherCode !== codeAt(now.getTime())) expect(matchTotpCounter(secret, otherCode, now)).toBeNull();
    const code = codeAt(now.getTime());
    for (const bad of [code.slice(0, 5), `${code}0`, ` ${code}`, "abcdef", "", "１２３４５６"]) {
      expect(matchTotpCounter(secret, bad, now), bad).toBeNull();
    }
  });

  it("enrolment makes a 160-bit secret and an otpauth URI authenticator apps read", () => {
    const enrolment = startTotpEnrolment({ email: "ann@shop.example" });
    expect(isTotpSecret(enrolment.secret)).toBe(true);
    expect(OTPAuth.Secret.fromBase32(enrolment.secret).bytes).toHaveLength(20);
    const parsed = OTPAuth.URI.parse(enrolment.uri);
    expect(parsed).toBeInstanceOf(OTPAuth.TOTP);
    expect(parsed).toMatchObject({ issuer: "Jeton", label: "ann@shop.example", digits: 6, period: 30, algorithm: "SHA1" });
    expect(parsed.secret.base32).toBe(enrolment.secret);
    // The pending secret again (the page is reloaded): same secret, same URI.
    expect(startTotpEnrolment({ email: "ann@shop.example", secret: enrolment.secret }).uri).toBe(enrolment.uri);
    expect(() => startTotpEnrolment({ email: "ann@shop.example", secret: "not-base32" })).toThrow(/TOTP/);
  });
});

describe("recovery codes", () => {
  it("are ten unambiguous characters, hashed the same however they are typed, under the server key", () => {
    const codes = Array.from({ length: 50 }, generateRecoveryCode);
    for (const code of codes) expect(code).toMatch(/^[a-hjkmnp-z2-9]{5}-[a-hjkmnp-z2-9]{5}$/);
    expect(new Set(codes).size).toBe(50);
    const code = codes[0]!;
    const vault = createVault({ keks: { k: randomBytes(32) }, activeKekId: "k", fingerprintKey: randomBytes(32) });
    const hash = hashRecoveryCode(vault, code);
    expect(hash).toMatch(/^h1:[A-Za-z0-9_-]{43}$/);
    expect(hashRecoveryCode(vault, code.toUpperCase())).toBe(hash);
    expect(hashRecoveryCode(vault, code.replace("-", " "))).toBe(hash);
    expect(hashRecoveryCode(vault, code.replace("-", ""))).toBe(hash);
    expect(hashRecoveryCode(vault, codes[1]!)).not.toBe(hash);
    expect(hashRecoveryCode(vault, "123456")).toBeNull();
    expect(hashRecoveryCode(vault, `${code}x`)).toBeNull();
    // Another server key, another hash: the table alone checks no guess.
    const other = createVault({ keks: { k: randomBytes(32) }, activeKekId: "k", fingerprintKey: randomBytes(32) });
    expect(hashRecoveryCode(other, code)).not.toBe(hash);
    // The keyed hash is a function of the old plain one: stored codes are upgraded in place.
    expect(keyRecoveryCodeHash(vault, legacyRecoveryCodeHash(code)!)).toBe(hash);
  });
});
