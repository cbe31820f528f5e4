/** The risk rules operations of the API registry (aggregated in app/api/_openapi/operations.ts). */
import { deletedRiskRuleView, listView, riskRuleView } from "@jeton/core";
import type { ApiOperation } from "@/app/api/_openapi/api-operation";
import { createRiskRuleBody } from "./schema";
import { updateRiskRuleBody } from "./[id]/schema";
import { reorderRiskRulesBody } from "./reorder/schema";

const ruleSchema = riskRuleView;
const listSchema = listView(riskRuleView, "RiskRuleList");

export const riskRuleExample = {
  object: "risk_rule",
  id: "rr_Vb3c2tUQ3hKjGz0ePq4sDg",
  name: "Review big prepaid payments",
  position: 1,
  enabled: true,
  conditions: [
    { type: "card_funding", in: ["prepaid"] },
    { type: "amount", scope: "transaction", currency: "EUR", over: 20000 },
  ],
  action: "review",
  score: 20,
  mode: "test",
  createdAt: "2026-01-01T10:00:00.000Z",
  updatedAt: "2026-01-01T10:00:00.000Z",
};

const listExample = { object: "list", data: [riskRuleExample], hasMore: false, nextCursor: null };

export const riskRuleOperations: readonly ApiOperation[] = [
  {
    method: "GET",
    path: "/api/v1/risk-rules",
    operationId: "listRiskRules",
    tag: "Risk",
    summary: "List the risk rules of the key's mode, in evaluation order",
    description: "The platform's default rules (docs/risk.md) run after these and are not listed.",
    auth: "secret",
    response: { status: 200, description: "Every rule (at most 100), in order.", schema: listSchema, example: listExample },
    errors: [],
  },
  {
    method: "POST",
    path: "/api/v1/risk-rules",
    operationId: "createRiskRule",
    tag: "Risk",
    summary: "Add a risk rule at the end of the order",
    description:
      "Conditions (all must hold), then an `action` (`allow`, `require_3ds`, `review`, `block`) and/or a `score` (0–100). A malformed rule answers 400 `parameter_invalid` naming the field (`conditions[0][windowMinutes]`) and nothing is stored.",
    auth: "secret",
    idempotent: true,
    body: createRiskRuleBody,
    bodyExample: { name: "Review big prepaid payments", conditions: riskRuleExample.conditions, action: "review", score: 20 },
    response: { status: 201, description: "The rule.", schema: ruleSchema, example: riskRuleExample },
    errors: ["risk_rules_limit_reached"],
  },
  {
    method: "GET",
    path: "/api/v1/risk-rules/{id}",
    operationId: "getRiskRule",
    tag: "Risk",
    summary: "Read a risk rule",
    auth: "secret",
    response: { status: 200, description: "The rule.", schema: ruleSchema, example: riskRuleExample },
    errors: ["resource_not_found"],
  },
  {
    method: "POST",
    path: "/api/v1/risk-rules/{id}",
    operationId: "updateRiskRule",
    tag: "Risk",
    summary: "Change, enable or disable a risk rule",
    description: "Send only the fields to change (`enabled: false` disables it; `action: null` leaves a score-only rule). The resulting rule is validated whole.",
    auth: "secret",
    idempotent: true,
    body: updateRiskRuleBody,
    bodyExample: { enabled: false },
    response: { status: 200, description: "The rule after the change.", schema: ruleSchema, example: { ...riskRuleExample, enabled: false } },
    errors: ["resource_not_found"],
  },
  {
    method: "DELETE",
    path: "/api/v1/risk-rules/{id}",
    operationId: "deleteRiskRule",
    tag: "Risk",
    summary: "Delete a risk rule",
    auth: "secret",
    response: { status: 200, description: "The deleted rule's id.", schema: deletedRiskRuleView, example: { object: "risk_rule", id: riskRuleExample.id, deleted: true } },
    errors: ["resource_not_found"],
  },
  {
    method: "POST",
    path: "/api/v1/risk-rules/reorder",
    operationId: "reorderRiskRules",
    tag: "Risk",
    summary: "Set the evaluation order of the risk rules",
    description: "`ids` must name every rule of the mode exactly once; otherwise nothing changes.",
    auth: "secret",
    idempotent: true,
    body: reorderRiskRulesBody,
    bodyExample: { ids: [riskRuleExample.id] },
    response: { status: 200, description: "The rules in their new order.", schema: listSchema, example: listExample },
    errors: [],
  },
];
