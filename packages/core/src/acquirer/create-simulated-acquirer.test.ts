import { describe, expect, it, vi } from "vitest";
import { AcquirerError, type AuthorizationRequest, declineCodes, declineReasons, isDeclineCode } from "./acquirer";
import { createSimulatedAcquirer } from "./create-simulated-acquirer";

function request(pan: string, overrides: Partial<AuthorizationRequest> = {}): AuthorizationRequest {
  return {
    transactionId: "tx_test",
    merchantId: "mer_test",
    pan,
    expMonth: 12,
    expYear: 2034,
    cvc: "123",
    amount: 1250,
    currency: "EUR",
    initiator: "customer",
    ...overrides,
  };
}

const approvedCards = [
  "4242424242424242",
  "5555555555554444",
  "378282246310005",
  "4000000000003220",
  "4000000032200000",
  "4000008400001280",
  // Unknown but valid numbers (Luhn) are approved.
  "4111111111111111",
  "6011111111111117",
];

const declinedCards: Array<[string, string, string, boolean]> = [
  ["4000008400001629", "05", "do_not_honor", false],
  ["4000000000000002", "05", "do_not_honor", false],
  ["4000000000009995", "51", "insufficient_funds", false],
  ["4000000000009987", "41", "lost_card", false],
  ["4000000000009979", "43", "stolen_card", false],
  ["4000000000000069", "54", "expired_card", false],
  ["4000000000000127", "82", "incorrect_cvc", false],
  ["4000000000000119", "91", "issuer_unavailable", true],
];

describe("createSimulatedAcquirer().authorize", () => {
  const acquirer = createSimulatedAcquirer();

  it.each(approvedCards)("approves %s with 00 and a 6-character authorization code", async (pan) => {
    const result = await acquirer.authorize(request(pan, pan.length === 15 ? { cvc: "1234" } : {}));
    expect(result.approved).toBe(true);
    expect(result.responseCode).toBe("00");
    expect(result.authorizationCode).toMatch(/^[A-Z0-9]{6}$/);
    expect(result.declineCode).toBeUndefined();
    expect(result.retryable).toBe(false);
    expect(result.acquirerReference).toMatch(/^acq_[A-Za-z0-9_-]{22}$/);
    expect(result.message).toBe("Approved.");
  });

  it.each(declinedCards)("declines %s with %s %s", async (pan, responseCode, declineCode, retryable) => {
    const result = await acquirer.authorize(request(pan));
    expect(result).toMatchObject({ approved: false, responseCode, declineCode, retryable });
    expect(result.authorizationCode).toBeUndefined();
    expect(result.acquirerReference).toMatch(/^acq_/);
    expect(result.message.length).toBeGreaterThan(5);
    expect(result.message).not.toContain(pan);
  });

  it("declines the same way whatever the 3DS outcome, initiator or CVC", async () => {
    const result = await acquirer.authorize(
      request("4000000000009995", { initiator: "merchant", cvc: undefined, threeDs: { transStatus: "Y", eci: "05", authenticationValue: "A".repeat(28) } }),
    );
    expect(result.declineCode).toBe("insufficient_funds");
    const ok = await acquirer.authorize(request("4242424242424242", { initiator: "merchant", cvc: undefined }));
    expect(ok.approved).toBe(true);
  });

  it("gives every authorization a unique reference and varied authorization codes", async () => {
    const results = await Promise.all(Array.from({ length: 50 }, () => acquirer.authorize(request("4242424242424242"))));
    expect(new Set(results.map((r) => r.acquirerReference)).size).toBe(50);
    expect(new Set(results.map((r) => r.authorizationCode)).size).toBeGreaterThan(45);
  });

  it("refuses numbers that fail Luhn or are not digits with 14 invalid_number", async () => {
    for (const pan of ["4242424242424241", "", "4242-4242-4242-4242", "abcd", "42424242424242424242"]) {
      const result = await acquirer.authorize(request(pan));
      expect(result).toMatchObject({ approved: false, responseCode: "14", declineCode: "invalid_number", retryable: false });
    }
  });

  it("refuses negative, fractional or unsafe amounts and malformed currencies with 13 invalid_amount", async () => {
    for (const overrides of [{ amount: -1 }, { amount: 12.5 }, { amount: Number.NaN }, { amount: 2 ** 60 }, { currency: "eur" }, { currency: "EURO" }]) {
      const result = await acquirer.authorize(request("4242424242424242", overrides));
      expect(result).toMatchObject({ approved: false, responseCode: "13", declineCode: "invalid_amount" });
    }
    // A zero amount is an account verification, which issuers answer.
    expect((await acquirer.authorize(request("4242424242424242", { amount: 0 }))).approved).toBe(true);
  });
});

describe("decline codes", () => {
  it("lists every code with a distinct ISO response code and an English message", () => {
    expect(declineCodes).toEqual(Object.keys(declineReasons));
    const responseCodes = declineCodes.filter((c) => c !== "do_not_honor").map((c) => declineReasons[c].responseCode);
    expect(new Set(responseCodes).size).toBe(responseCodes.length);
    for (const code of declineCodes) expect(declineReasons[code].message).toMatch(/^[A-Z].+\.$/);
    expect(isDeclineCode("lost_card")).toBe(true);
    expect(isDeclineCode("toString")).toBe(false);
  });
});

describe("capture, cancel and refund", () => {
  const acquirer = createSimulatedAcquirer();

  it("accept a reference from an authorization", async () => {
    const { acquirerReference } = await acquirer.authorize(request("4242424242424242"));
    expect(await acquirer.capture({ acquirerReference, amount: 1000, currency: "EUR" })).toEqual({ ok: true, responseCode: "00" });
    expect(await acquirer.cancel({ acquirerReference })).toEqual({ ok: true, responseCode: "00" });
    const refund = await acquirer.refund({ acquirerReference, amount: 500, currency: "EUR" });
    expect(refund).toMatchObject({ ok: true, responseCode: "00" });
    expect(refund.refundReference).toMatch(/^acr_[A-Za-z0-9_-]{22}$/);
    const again = await acquirer.refund({ acquirerReference, amount: 500, currency: "EUR" });
    expect(again.refundReference).not.toBe(refund.refundReference);
  });

  it("refuse unknown references with 25 and bad amounts with 13", async () => {
    const { acquirerReference } = await acquirer.authorize(request("4242424242424242"));
    expect(await acquirer.capture({ acquirerReference: "nope", amount: 1000, currency: "EUR" })).toEqual({ ok: false, responseCode: "25" });
    expect(await acquirer.cancel({ acquirerReference: "" })).toEqual({ ok: false, responseCode: "25" });
    expect(await acquirer.capture({ acquirerReference, amount: 0, currency: "EUR" })).toEqual({ ok: false, responseCode: "13" });
    expect(await acquirer.capture({ acquirerReference, amount: 1.5, currency: "EUR" })).toEqual({ ok: false, responseCode: "13" });
    expect(await acquirer.refund({ acquirerReference, amount: -5, currency: "EUR" })).toMatchObject({ ok: false, responseCode: "13" });
    expect(await acquirer.refund({ acquirerReference, amount: 5, currency: "xx" })).toMatchObject({ ok: false, responseCode: "13" });
  });
});

describe("latency and faults", () => {
  it("waits latencyMs before answering", async () => {
    vi.useFakeTimers();
    try {
      const acquirer = createSimulatedAcquirer({ latencyMs: 2000 });
      let settled = false;
      const pending = acquirer.authorize(request("4242424242424242")).then((r) => {
        settled = true;
        return r;
      });
      await vi.advanceTimersByTimeAsync(1999);
      expect(settled).toBe(false);
      await vi.advanceTimersByTimeAsync(1);
      expect((await pending).approved).toBe(true);
      expect(settled).toBe(true);
    } finally {
      vi.useRealTimers();
    }
  });

  it("throws AcquirerError timeout or unavailable when a fault is injected, per operation", async () => {
    const seen: Array<[string, unknown]> = [];
    const acquirer = createSimulatedAcquirer({
      fault: (op, req) => {
        seen.push([op, req]);
        if (op === "authorize") return "timeout";
        if (op === "refund") return "unavailable";
        return undefined;
      },
    });
    const authorization = request("4242424242424242");
    const error = await acquirer.authorize(authorization).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AcquirerError);
    expect((error as AcquirerError).kind).toBe("timeout");
    expect((error as AcquirerError).operation).toBe("authorize");
    expect(seen[0]).toEqual(["authorize", authorization]);

    const acquirerReference = "acq_AAAAAAAAAAAAAAAAAAAAAA";
    expect(await acquirer.capture({ acquirerReference, amount: 1, currency: "EUR" })).toEqual({ ok: true, responseCode: "00" });
    const refundError = await acquirer.refund({ acquirerReference, amount: 1, currency: "EUR" }).catch((e: unknown) => e);
    expect(refundError).toBeInstanceOf(AcquirerError);
    expect((refundError as AcquirerError).kind).toBe("unavailable");
    expect(seen.map(([op]) => op)).toEqual(["authorize", "capture", "refund"]);
  });

  it("can fail only some authorizations, leaving the others to the card's behaviour", async () => {
    const acquirer = createSimulatedAcquirer({ fault: (_op, req) => ((req as AuthorizationRequest).amount === 666 ? "unavailable" : undefined) });
    await expect(acquirer.authorize(request("4242424242424242", { amount: 666 }))).rejects.toMatchObject({ kind: "unavailable" });
    expect((await acquirer.authorize(request("4000000000009995"))).declineCode).toBe("insufficient_funds");
  });
});
