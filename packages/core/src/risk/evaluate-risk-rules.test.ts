import { describe, expect, it } from "vitest";
import { cardPerDayKey, counterKey, countersNeeded, evaluateCondition, evaluateRiskRules, type RiskSignals } from "./evaluate-risk-rules";
import { riskRuleInput, type EvaluableRule, type RiskCondition } from "./risk-rule";

function signals(overrides: Partial<RiskSignals> = {}): RiskSignals {
  return {
    amount: 5000,
    currency: "EUR",
    card: { brand: "visa", bin: "424242", last4: "4242", country: "US", funding: "credit", firstSeen: false },
    ip: "81.2.69.142",
    ipCountry: "GB",
    threeDs: { state: "pending" },
    counters: {},
    ...overrides,
  };
}
const holds = (condition: RiskCondition, s: RiskSignals = signals()) => evaluateCondition(condition, s).holds;
const rule = (id: string, conditions: RiskCondition[], action?: EvaluableRule["action"], score?: number): EvaluableRule => ({
  id,
  name: id,
  conditions,
  ...(action ? { action } : {}),
  ...(score !== undefined ? { score } : {}),
});

describe("conditions", () => {
  it("velocity: fires at atLeast, for each metric and dimension, and not when the dimension is absent", () => {
    const c = { type: "velocity", metric: "attempts", per: "card", windowMinutes: 10, atLeast: 3 } as const;
    expect(holds(c, signals({ counters: { [counterKey("attempts", "card", 10)]: 2 } }))).toBe(false);
    expect(holds(c, signals({ counters: { [counterKey("attempts", "card", 10)]: 3 } }))).toBe(true);
    expect(holds(c, signals({ counters: {} }))).toBe(false);
    for (const metric of ["declines", "distinct_cards"] as const) {
      for (const per of ["ip", "email", "customer", "device_session", "payment_request", "merchant"] as const) {
        const v = { type: "velocity", metric, per, windowMinutes: 1440, atLeast: 5 } as const;
        expect(holds(v, signals({ counters: { [counterKey(metric, per, 1440)]: 5 } }))).toBe(true);
        expect(holds(v, signals({ counters: { [counterKey(metric, per, 60)]: 50 } }))).toBe(false);
      }
    }
    const amount = { type: "velocity", metric: "amount", per: "email", windowMinutes: 60, atLeast: 100_00, currency: "EUR" } as const;
    expect(holds(amount, signals({ counters: { [counterKey("amount", "email", 60, "EUR")]: 100_00 } }))).toBe(true);
    expect(evaluateCondition(amount, signals({ counters: { [counterKey("amount", "email", 60, "EUR")]: 7 } })).saw).toMatchObject({ count: 7 });
  });

  it("amount: per transaction in its currency only, and per card per day", () => {
    const over = { type: "amount", scope: "transaction", currency: "EUR", over: 4999 } as const;
    expect(holds(over)).toBe(true);
    expect(holds({ ...over, over: 5000 })).toBe(false);
    expect(holds({ ...over, currency: "USD" })).toBe(false);
    const daily = { type: "amount", scope: "card_per_day", currency: "EUR", over: 100_00 } as const;
    expect(holds(daily, signals({ counters: { [cardPerDayKey("EUR")]: 100_01 } }))).toBe(true);
    expect(holds(daily, signals({ counters: { [cardPerDayKey("EUR")]: 100_00 } }))).toBe(false);
  });

  it("card and IP country: in, notIn (unknown counts as not in), mismatch only when both are known", () => {
    expect(holds({ type: "card_country", in: ["US"] })).toBe(true);
    expect(holds({ type: "card_country", in: ["FR"] })).toBe(false);
    expect(holds({ type: "card_country", notIn: ["FR", "DE"] })).toBe(true);
    expect(holds({ type: "ip_country", in: ["GB"] })).toBe(true);
    expect(holds({ type: "ip_country", notIn: ["GB"] })).toBe(false);
    expect(holds({ type: "ip_country", notIn: ["GB"] }, signals({ ipCountry: null }))).toBe(true);
    expect(holds({ type: "ip_country", in: ["GB"] }, signals({ ipCountry: null }))).toBe(false);
    expect(holds({ type: "country_mismatch" })).toBe(true);
    expect(holds({ type: "country_mismatch" }, signals({ ipCountry: "US" }))).toBe(false);
    expect(holds({ type: "country_mismatch" }, signals({ ipCountry: null }))).toBe(false);
  });

  it("card facts: brand, funding, first seen", () => {
    expect(holds({ type: "card_brand", in: ["visa"] })).toBe(true);
    expect(holds({ type: "card_brand", in: ["amex"] })).toBe(false);
    expect(holds({ type: "card_funding", in: ["prepaid"] })).toBe(false);
    expect(holds({ type: "card_funding", in: ["prepaid"] }, signals({ card: { ...signals().card, funding: "prepaid" } }))).toBe(true);
    expect(holds({ type: "card_funding", in: ["credit"] }, signals({ card: { ...signals().card, funding: null } }))).toBe(false);
    expect(holds({ type: "card_first_seen" })).toBe(false);
    expect(holds({ type: "card_first_seen" }, signals({ card: { ...signals().card, firstSeen: true } }))).toBe(true);
  });

  it("3-D Secure: no liability shift once known, never while pending", () => {
    const c = { type: "three_ds", result: "no_liability_shift" } as const;
    expect(holds(c)).toBe(false);
    expect(holds(c, signals({ threeDs: { state: "done", transStatus: "A", liabilityShift: false } }))).toBe(true);
    expect(holds(c, signals({ threeDs: { state: "done", transStatus: "Y", liabilityShift: true } }))).toBe(false);
    expect(holds(c, signals({ threeDs: { state: "not_performed" } }))).toBe(true);
    expect(holds({ type: "three_ds", result: "not_authenticated" }, signals({ threeDs: { state: "not_performed" } }))).toBe(true);
    expect(holds({ type: "three_ds", result: "not_authenticated" }, signals({ threeDs: { state: "done", transStatus: "U", liabilityShift: false } }))).toBe(false);
  });
});

describe("actions and score", () => {
  const us: RiskCondition = { type: "card_country", in: ["US"] };
  const fr: RiskCondition = { type: "card_country", in: ["FR"] };

  it("allow: nothing fired", () => {
    expect(evaluateRiskRules([rule("r1", [fr], "block")], signals())).toEqual({ score: 0, outcome: "allow", fired: [], decidedBy: null });
  });

  it.each(["require_3ds", "review", "block"] as const)("%s: the action of a firing rule, with the signals it saw", (action) => {
    const decision = evaluateRiskRules([rule("r1", [us], action, 10)], signals());
    expect(decision).toMatchObject({ outcome: action, score: 10, decidedBy: "r1" });
    expect(decision.fired[0]!.signals).toEqual([{ type: "card_country", country: "US" }]);
  });

  it("the most severe firing action wins; all conditions must hold", () => {
    const decision = evaluateRiskRules([rule("a", [us], "require_3ds"), rule("b", [us, { type: "card_brand", in: ["visa"] }], "block"), rule("c", [us, fr], "block")], signals());
    expect(decision.outcome).toBe("block");
    expect(decision.decidedBy).toBe("b");
    expect(decision.fired.map((r) => r.id)).toEqual(["a", "b"]);
  });

  it("allow settles the payment: later rules and the thresholds no longer count", () => {
    const decision = evaluateRiskRules([rule("vip", [us], "allow"), rule("b", [us], "block", 100)], signals());
    expect(decision).toMatchObject({ outcome: "allow", decidedBy: "vip", score: 0 });
    expect(decision.fired.map((r) => r.id)).toEqual(["vip"]);
    // An allow placed after a block does not undo it.
    expect(evaluateRiskRules([rule("b", [us], "block"), rule("vip", [us], "allow")], signals()).outcome).toBe("block");
  });

  it("scores add up to at most 100 and the thresholds turn them into review or block", () => {
    expect(evaluateRiskRules([rule("a", [us], undefined, 40), rule("b", [us], undefined, 20)], signals())).toMatchObject({ score: 60, outcome: "allow" });
    expect(evaluateRiskRules([rule("a", [us], undefined, 40), rule("b", [us], undefined, 30)], signals())).toMatchObject({ score: 70, outcome: "review", decidedBy: "score" });
    expect(evaluateRiskRules([rule("a", [us], undefined, 80), rule("b", [us], "review", 80)], signals())).toMatchObject({ score: 100, outcome: "block", decidedBy: "score" });
    expect(evaluateRiskRules([rule("a", [us], undefined, 50)], signals(), { review: 50, block: 95 }).outcome).toBe("review");
  });

  it("lists exactly the counters the rules read", () => {
    const needed = countersNeeded([
      rule("a", [{ type: "velocity", metric: "attempts", per: "ip", windowMinutes: 10, atLeast: 3 }], "block"),
      rule("b", [{ type: "velocity", metric: "attempts", per: "ip", windowMinutes: 10, atLeast: 9 }, { type: "amount", scope: "card_per_day", currency: "EUR", over: 1 }], "block"),
    ]);
    expect(needed.map((n) => n.key).sort()).toEqual([cardPerDayKey("EUR"), counterKey("attempts", "ip", 10)].sort());
  });
});

describe("rule validation", () => {
  const ok = { name: "Big prepaid", conditions: [{ type: "card_funding", in: ["prepaid"] }], action: "review" };
  const issuePath = (value: unknown) => {
    const result = riskRuleInput.safeParse(value);
    return result.success ? null : result.error.issues[0]!.path.join(".");
  };
  it("accepts a well-formed rule and names the field of a malformed one", () => {
    expect(issuePath(ok)).toBeNull();
    expect(issuePath({ ...ok, action: "approve" })).toBe("action");
    expect(issuePath({ ...ok, conditions: [] })).toBe("conditions");
    expect(issuePath({ ...ok, conditions: [{ type: "eval", code: "1" }] })).toBe("conditions.0.type");
    expect(issuePath({ ...ok, conditions: [{ type: "velocity", metric: "attempts", per: "card", windowMinutes: 0, atLeast: 1 }] })).toBe("conditions.0.windowMinutes");
    expect(issuePath({ ...ok, conditions: [{ type: "velocity", metric: "amount", per: "card", windowMinutes: 5, atLeast: 1 }] })).toBe("conditions.0.currency");
    expect(issuePath({ ...ok, conditions: [{ type: "card_country", in: ["fr"] }] })).toBe("conditions.0.in.0");
    expect(issuePath({ ...ok, conditions: [{ type: "card_country" }] })).toBe("conditions.0.in");
    expect(issuePath({ ...ok, conditions: [{ type: "amount", scope: "transaction", currency: "XXX", over: 1 }] })).toBe("conditions.0.currency");
    expect(issuePath({ ...ok, score: 101 })).toBe("score");
    expect(issuePath({ name: "x", conditions: ok.conditions })).toBe("action");
    expect(issuePath({ ...ok, extra: 1 })).toBe("");
  });
});
