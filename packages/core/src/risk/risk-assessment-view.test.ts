import { describe, expect, it } from "vitest";
import { blacklistRisk, toTransactionRiskView, transactionRiskView } from "./risk-assessment-view";

describe("the transaction's risk view", () => {
  it("reads a blacklist refusal recorded before the risk engine as a block, and validates against its zod schema", () => {
    const legacy = { rule: "blacklist", blacklistedAt: "2026-01-01T00:00:00.000Z", sourceTransactionId: "tx_1" };
    const view = toTransactionRiskView({ risk: legacy, reviewStatus: null, reviewExpiresAt: null })!;
    expect(view).toMatchObject({ object: "risk_assessment", outcome: "block", score: 100, rule: "blacklist", blacklistedAt: legacy.blacklistedAt, sourceTransactionId: "tx_1", review: null });
    expect(transactionRiskView.safeParse(view).success).toBe(true);
  });

  it("adds the review from the transaction's columns, and is null for a payment never assessed", () => {
    const stored = blacklistRisk({ createdAt: new Date("2026-01-01T00:00:00Z"), sourceTransactionId: null }, new Date("2026-02-01T00:00:00Z"));
    const view = toTransactionRiskView({ risk: stored as unknown as Record<string, unknown>, reviewStatus: "open", reviewExpiresAt: new Date("2026-02-04T00:00:00Z") })!;
    expect(view.review).toEqual({ status: "open", expiresAt: "2026-02-04T00:00:00.000Z" });
    expect(transactionRiskView.safeParse(view).success).toBe(true);
    expect(toTransactionRiskView({ risk: null, reviewStatus: null, reviewExpiresAt: null })).toBeNull();
  });
});
