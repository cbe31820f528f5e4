import { riskRuleInput } from "@jeton/core/risk/risk-rule";
import { describe, expect, it } from "vitest";
import { conditionFromRow, rowFromCondition } from "./rule-form-rows";

const examples = [
  { type: "velocity", metric: "distinct_cards", per: "ip", windowMinutes: 60, atLeast: 5 },
  { type: "velocity", metric: "amount", per: "email", windowMinutes: 1440, atLeast: 100000, currency: "EUR" },
  { type: "amount", scope: "card_per_day", currency: "EUR", over: 30000 },
  { type: "card_country", notIn: ["FR", "DE"] },
  { type: "ip_country", in: ["US"] },
  { type: "country_mismatch" },
  { type: "card_brand", in: ["visa", "amex"] },
  { type: "card_funding", in: ["prepaid"] },
  { type: "card_first_seen" },
  { type: "three_ds", result: "not_authenticated" },
];

describe("the rule form's condition rows", () => {
  it("round-trip every condition type", () => {
    for (const condition of examples) expect(conditionFromRow(rowFromCondition(condition))).toEqual(condition);
  });

  it("normalise lists as typed (commas or spaces, case) so the schema accepts them", () => {
    const row = { ...rowFromCondition({ type: "card_country" }), list: "fr de,  es" };
    expect(conditionFromRow(row)).toEqual({ type: "card_country", in: ["FR", "DE", "ES"] });
  });

  it("leave a bad number as typed, so core's schema names the field", () => {
    const row = { ...rowFromCondition({ type: "velocity" }), windowMinutes: "soon" };
    const parsed = riskRuleInput.safeParse({ name: "x", action: "block", conditions: [conditionFromRow(row)] });
    expect(parsed.success).toBe(false);
    expect(parsed.error!.issues[0]!.path).toEqual(["conditions", 0, "windowMinutes"]);
  });
});

describe("the structured rule form", () => {
  it("renders a row per condition with the fields of its type, the JSON the server reads, and the form's own children", async () => {
    const { createElement } = await import("react");
    const { renderToStaticMarkup } = await import("react-dom/server");
    const { RuleForm } = await import("./rule-form-fields");
    const html = renderToStaticMarkup(
      createElement(
        RuleForm,
        { draft: { name: "Carding", conditions: [examples[0]!, examples[3]!], action: "block", score: "", enabled: true }, invalid: null },
        createElement("button", { type: "submit" }, "Check and backtest"),
      ),
    );
    expect(html).toContain('method="get"');
    expect(html).toContain('name="conditions"');
    expect(html).toContain("distinct_cards");
    expect(html).toContain(">notIn<"); // values are set by react-hook-form once mounted
    expect(html.match(/data-condition=/g)).toHaveLength(2);
    // Condition inputs are detached from the form: only the JSON field carries the conditions.
    expect(html).toMatch(/form="risk-condition-row"/);
    expect(html).toContain("Check and backtest");
  });
});
