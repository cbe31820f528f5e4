import { z } from "zod";
import { isCurrencyCode } from "../money/currencies";

/**
 * The risk rule language (SPEC §10): structured data, validated here on every
 * write and every read, evaluated by evaluateRiskRules. Never code: a rule is
 * a list of conditions that must all hold, then an action and/or a score.
 */

export const riskActions = ["allow", "require_3ds", "review", "block"] as const;
export type RiskAction = (typeof riskActions)[number];

/** What a velocity rule counts over its window. */
export const velocityMetrics = ["attempts", "declines", "distinct_cards", "amount"] as const;
/** Whose attempts it counts: the attempt's own card, address, email… */
export const velocityDimensions = ["card", "ip", "email", "customer", "device_session", "payment_request", "merchant"] as const;
export type VelocityMetric = (typeof velocityMetrics)[number];
export type VelocityDimension = (typeof velocityDimensions)[number];

/** A window from one minute to 30 days. */
export const MAX_WINDOW_MINUTES = 30 * 24 * 60;

const currency = z
  .string()
  .refine((value) => isCurrencyCode(value), { message: "must be a supported ISO 4217 currency code, e.g. EUR" });
const countryCode = z.string().regex(/^[A-Z]{2}$/, "must be an ISO 3166 alpha-2 country code in capitals, e.g. FR");
const countryList = z.array(countryCode).min(1).max(250);
const minorAmount = z.number().int().min(0).max(Number.MAX_SAFE_INTEGER);

const velocityCondition = z
  .strictObject({
    type: z.literal("velocity"),
    metric: z.enum(velocityMetrics),
    per: z.enum(velocityDimensions),
    windowMinutes: z.number().int().min(1).max(MAX_WINDOW_MINUTES),
    /** Fires when the count (this attempt included; past declines only for `declines`) reaches this. */
    atLeast: z.number().int().min(1).max(Number.MAX_SAFE_INTEGER),
    /** `amount` only: the currency summed (minor units). */
    currency: currency.optional(),
  })
  .superRefine((value, ctx) => {
    if (value.metric === "amount" && !value.currency) ctx.addIssue({ code: "custom", path: ["currency"], message: "is required for the amount metric" });
    if (value.metric !== "amount" && value.currency) ctx.addIssue({ code: "custom", path: ["currency"], message: "applies to the amount metric only" });
  });

const amountCondition = z.strictObject({
  type: z.literal("amount"),
  /** `transaction`: this payment's amount; `card_per_day`: what the card paid this merchant over 24 hours, this payment included. */
  scope: z.enum(["transaction", "card_per_day"]),
  currency,
  /** Fires when the amount (minor units) is more than this. */
  over: minorAmount,
});

const countryCondition = (type: "card_country" | "ip_country") =>
  z
    .strictObject({
      type: z.literal(type),
      /** Fires when the country is one of these. */
      in: countryList.optional(),
      /** Fires when the country is none of these, or unknown. */
      notIn: countryList.optional(),
    })
    .refine((value) => (value.in === undefined) !== (value.notIn === undefined), { message: "give exactly one of in or notIn", path: ["in"] });

const countryMismatchCondition = z.strictObject({
  /** Fires when the card's issuing country and the shopper's address's country are both known and differ. */
  type: z.literal("country_mismatch"),
});

const cardBrandCondition = z.strictObject({
  type: z.literal("card_brand"),
  in: z.array(z.enum(["visa", "mastercard", "amex", "cb", "discover", "jcb", "diners", "unionpay", "maestro"])).min(1),
});

const cardFundingCondition = z.strictObject({
  type: z.literal("card_funding"),
  in: z.array(z.enum(["credit", "debit", "prepaid"])).min(1),
});

const firstSeenCondition = z.strictObject({
  /** Fires when this merchant has never seen the card before this attempt. */
  type: z.literal("card_first_seen"),
});

const threeDsCondition = z.strictObject({
  type: z.literal("three_ds"),
  /**
   * `no_liability_shift`: 3-D Secure ran (or could not) and the issuer took no liability;
   * `not_authenticated`: no 3-D Secure result at all (merchant-initiated charges).
   * Neither fires before 3-D Secure has run (a challenge still pending).
   */
  result: z.enum(["no_liability_shift", "not_authenticated"]),
});

export const riskCondition = z.discriminatedUnion("type", [
  velocityCondition,
  amountCondition,
  countryCondition("card_country"),
  countryCondition("ip_country"),
  countryMismatchCondition,
  cardBrandCondition,
  cardFundingCondition,
  firstSeenCondition,
  threeDsCondition,
]);
export type RiskCondition = z.infer<typeof riskCondition>;

/** A rule as the API and the back-office write it. */
export const riskRuleInput = z
  .strictObject({
    name: z.string().trim().min(1).max(100),
    /** All must hold for the rule to fire. */
    conditions: z.array(riskCondition).min(1).max(10),
    /** What a firing rule decides. A rule without one only adds to the score. */
    action: z.enum(riskActions).optional(),
    /** Added to the payment's score (0–100) when the rule fires. */
    score: z.number().int().min(0).max(100).optional(),
    enabled: z.boolean().optional(),
  })
  .refine((value) => value.action !== undefined || (value.score ?? 0) > 0, {
    message: "a rule needs an action, a score above 0, or both",
    path: ["action"],
  });
export type RiskRuleInput = z.infer<typeof riskRuleInput>;

/** What is stored in risk_rules.definition. */
export const riskRuleDefinition = z.strictObject({
  conditions: z.array(riskCondition).min(1).max(10),
  action: z.enum(riskActions).optional(),
  score: z.number().int().min(0).max(100).optional(),
});
export type RiskRuleDefinition = z.infer<typeof riskRuleDefinition>;

/** A rule ready to evaluate: a merchant's (`rr_…`) or a platform default (`platform.…`). */
export interface EvaluableRule extends RiskRuleDefinition {
  id: string;
  name: string;
}

/** Where zod found the first problem, as an API param: `conditions[0][windowMinutes]`. */
export function paramOfIssue(path: readonly PropertyKey[]): string {
  const [head, ...rest] = path.map(String);
  return head === undefined ? "body" : head + rest.map((part) => `[${part}]`).join("");
}
