import { describe, expect, it } from "vitest";
import { type ThreeDsPolicy, performThreeDsLookup } from "./perform-three-ds-lookup";
import { threeDsResultFromARes } from "./three-ds-result";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
const BASE64_28 = /^[A-Za-z0-9+/]{27}=$/;
const ACS_URL = "https://pay.example/acs/challenge";
const issuer: ThreeDsPolicy = { threeDsPolicy: "issuer", threshold: null, thresholdCurrency: null };
const always: ThreeDsPolicy = { threeDsPolicy: "always", threshold: null, thresholdCurrency: null };
const above100Eur: ThreeDsPolicy = { threeDsPolicy: "above_amount", threshold: 10000, thresholdCurrency: "EUR" };

function lookup(pan: string, options: { brand?: string; amount?: number; currency?: string; policy?: ThreeDsPolicy } = {}) {
  return performThreeDsLookup({
    pan,
    brand: options.brand ?? "visa",
    amount: options.amount ?? 1000,
    currency: options.currency ?? "EUR",
    policy: options.policy ?? issuer,
    acsUrl: ACS_URL,
  });
}

describe("performThreeDsLookup: the SPEC §5 cards under the issuer policy", () => {
  it.each([
    ["4242424242424242", "visa", "Y"],
    ["5555555555554444", "mastercard", "Y"],
    ["378282246310005", "amex", "Y"],
    ["4000000032200000", "visa", "Y"],
    ["4000000000003220", "visa", "C"],
    ["4000008400001629", "visa", "C"],
    ["4000008400001280", "visa", "U"],
    ["4000000000009995", "visa", "Y"],
    ["4111111111111111", "visa", "Y"],
  ])("%s (%s) → %s", (pan, brand, transStatus) => {
    expect(lookup(pan, { brand }).transStatus).toBe(transStatus);
  });

  it("answers a 2.2.0 ARes with three distinct v4 UUIDs, fresh for every lookup", () => {
    const a = lookup("4242424242424242");
    const b = lookup("4242424242424242");
    expect(a.messageType).toBe("ARes");
    expect(a.messageVersion).toBe("2.2.0");
    for (const id of [a.threeDSServerTransID, a.acsTransID, a.dsTransID]) expect(id).toMatch(UUID);
    expect(new Set([a.threeDSServerTransID, a.acsTransID, a.dsTransID]).size).toBe(3);
    expect(b.threeDSServerTransID).not.toBe(a.threeDSServerTransID);
    expect(b.authenticationValue).not.toBe(a.authenticationValue);
  });

  it("frictionless Y carries an ECI and a 28-character base64 authentication value, no acsURL", () => {
    const ares = lookup("4000000032200000");
    expect(ares.eci).toBe("05");
    expect(ares.authenticationValue).toMatch(BASE64_28);
    expect(ares.authenticationValue).toHaveLength(28);
    expect(Buffer.from(ares.authenticationValue!, "base64")).toHaveLength(20);
    expect(ares.acsURL).toBeUndefined();
    expect(ares.transStatusReason).toBeUndefined();
  });

  it("C carries the acsURL and nothing that looks like an authentication", () => {
    const ares = lookup("4000000000003220");
    expect(ares.acsURL).toBe(ACS_URL);
    expect(ares.eci).toBeUndefined();
    expect(ares.authenticationValue).toBeUndefined();
  });

  it("U carries the non-authenticated ECI, a reason and no authentication value (no liability shift)", () => {
    const visa = lookup("4000008400001280");
    expect(visa).toMatchObject({ transStatus: "U", eci: "07", transStatusReason: "14" });
    expect(visa.authenticationValue).toBeUndefined();
    expect(visa.acsURL).toBeUndefined();
    expect(lookup("4000008400001280", { brand: "mastercard" }).eci).toBe("00");
    const result = threeDsResultFromARes(visa);
    expect(result.liabilityShift).toBe(false);
    expect(result.challenged).toBe(false);
  });
});

describe("performThreeDsLookup: ECI per brand", () => {
  it.each([
    ["visa", "05"],
    ["mastercard", "02"],
    ["amex", "05"],
    ["discover", "05"],
    ["unknown", "05"],
  ])("a frictionless %s authentication has ECI %s", (brand, eci) => {
    expect(lookup("4242424242424242", { brand }).eci).toBe(eci);
  });
});

describe("performThreeDsLookup: merchant policies", () => {
  it("always: every enrolled card is challenged, including the frictionless test card; U stays U", () => {
    expect(lookup("4242424242424242", { policy: always }).transStatus).toBe("C");
    expect(lookup("5555555555554444", { brand: "mastercard", policy: always }).transStatus).toBe("C");
    expect(lookup("4000000032200000", { policy: always }).transStatus).toBe("C");
    expect(lookup("4000000000003220", { policy: always }).transStatus).toBe("C");
    expect(lookup("4000008400001280", { policy: always }).transStatus).toBe("U");
    expect(lookup("4242424242424242", { policy: always }).acsURL).toBe(ACS_URL);
  });

  it("above_amount: challenged from the threshold on, in the threshold's currency only", () => {
    expect(lookup("4242424242424242", { policy: above100Eur, amount: 9999 }).transStatus).toBe("Y");
    expect(lookup("4242424242424242", { policy: above100Eur, amount: 10000 }).transStatus).toBe("C");
    expect(lookup("4242424242424242", { policy: above100Eur, amount: 10001 }).transStatus).toBe("C");
    expect(lookup("4242424242424242", { policy: above100Eur, amount: 10000000, currency: "USD" }).transStatus).toBe("Y");
    expect(lookup("4000008400001280", { policy: above100Eur, amount: 20000 }).transStatus).toBe("U");
    // Below the threshold the issuer still decides.
    expect(lookup("4000000000003220", { policy: above100Eur, amount: 100 }).transStatus).toBe("C");
  });

  it("above_amount without a threshold or currency never forces a challenge", () => {
    expect(lookup("4242424242424242", { policy: { threeDsPolicy: "above_amount", threshold: null, thresholdCurrency: "EUR" }, amount: 10 ** 9 }).transStatus).toBe("Y");
    expect(lookup("4242424242424242", { policy: { threeDsPolicy: "above_amount", threshold: 0, thresholdCurrency: null }, amount: 10 ** 9 }).transStatus).toBe("Y");
    expect(lookup("4242424242424242", { policy: { threeDsPolicy: "above_amount", threshold: 0, thresholdCurrency: "EUR" }, amount: 0 }).transStatus).toBe("C");
  });
});

describe("threeDsResultFromARes", () => {
  it("keeps the ids, ECI and value, and shifts liability for Y", () => {
    const ares = lookup("5555555555554444", { brand: "mastercard" });
    expect(threeDsResultFromARes(ares)).toEqual({
      version: "2.2.0",
      transStatus: "Y",
      eci: "02",
      authenticationValue: ares.authenticationValue,
      liabilityShift: true,
      threeDSServerTransID: ares.threeDSServerTransID,
      acsTransID: ares.acsTransID,
      dsTransID: ares.dsTransID,
      challenged: false,
    });
  });
});
