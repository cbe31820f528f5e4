import { backtestRiskRule, getMerchantRiskThresholds, getRiskRule, hasRole, isAppError, listOpenReviews, listRiskRules, MERCHANT_RISK_SCORE_BOUNDS, platformRiskRules, type BacktestResult } from "@jeton/core";
import Link from "next/link";
import { ConfirmSubmit } from "@/backoffice/confirm-submit";
import { FlashMessage } from "@/backoffice/flash-message";
import { formatDateTime } from "@/backoffice/format-date-time";
import { formatMoney } from "@/backoffice/format-money";
import { StaffForm } from "@/backoffice/staff-form";
import { orNotFound } from "@/server/backoffice/or-not-found";
import { requireStaff } from "@/server/backoffice/require-staff";
import { RuleForm } from "./rule-form-fields";
import { ruleFromForm } from "./rules/schema";

export const dynamic = "force-dynamic";

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);
const actionLabels: Record<string, string> = { allow: "Allow", require_3ds: "Require 3-D Secure", review: "Review", block: "Block" };
const EXAMPLE = '[{"type": "velocity", "metric": "distinct_cards", "per": "ip", "windowMinutes": 60, "atLeast": 5}]';

// GET /dashboard/risk – the merchant's risk rules (list, order, enable), the rule form with its
// check and 30-day backtest before saving (?check=1), the platform's defaults, and the review queue's size.
export default async function RiskPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { context, staff } = await requireStaff();
  const query = Object.fromEntries(Object.entries(await searchParams).map(([name, value]) => [name, first(value) ?? ""]));
  const scope = { merchantId: staff.merchantId, mode: staff.mode };
  const [{ data: rules }, reviews, thresholds] = await Promise.all([
    listRiskRules(context, scope),
    listOpenReviews(context, scope),
    getMerchantRiskThresholds(context, staff.merchantId, context.config.risk.thresholds),
  ]);
  const canEdit = hasRole(staff.role, "admin");
  const editing = query.edit ? await orNotFound(() => getRiskRule(context, scope, query.edit!)) : null;

  // The form's draft: what was typed (a check), else the rule being edited, else an empty rule.
  const draft = query.check
    ? { name: query.name ?? "", conditions: query.conditions ?? "", action: query.action ?? "", score: query.score ?? "", enabled: query.enabled === "on" }
    : editing
      ? { name: editing.name, conditions: JSON.stringify(editing.conditions, null, 2), action: editing.action ?? "", score: editing.score ? String(editing.score) : "", enabled: editing.enabled }
      : { name: "", conditions: EXAMPLE, action: "block", score: "", enabled: true };

  let backtest: BacktestResult | null = null;
  let problem: { param: string | null; message: string } | null = query.error && query.param ? { param: query.param, message: "is not valid" } : null;
  if (query.check) {
    try {
      backtest = await backtestRiskRule(context, scope, ruleFromForm(new URLSearchParams(Object.entries({ ...draft, enabled: draft.enabled ? "on" : "" }))));
    } catch (error) {
      if (!isAppError(error) || error.code !== "parameter_invalid") throw error;
      problem = { param: error.param ?? null, message: error.message };
    }
  }
  const formAction = editing ? `/dashboard/risk/rules/${editing.id}` : "/dashboard/risk/rules";

  return (
    <>
      <h1>Risk rules</h1>
      <FlashMessage notice={query.notice} error={query.error} />
      <p className="bo-hint">
        {staff.mode === "live" ? "Live" : "Test"} rules, evaluated in this order before every authorization, then the platform&apos;s defaults below.{" "}
        <Link href="/dashboard/risk/reviews">Review queue ({reviews.length} waiting)</Link>
      </p>

      <section className="bo-card" aria-labelledby="rules">
        <h2 id="rules">Your rules</h2>
        {rules.length === 0 ? (
          <p className="bo-hint">No rules yet: only the platform&apos;s defaults apply.</p>
        ) : (
          <table className="bo-table" data-testid="risk-rules">
            <thead>
              <tr><th scope="col">#</th><th scope="col">Name</th><th scope="col">Conditions</th><th scope="col">Action</th><th scope="col">Score</th><th scope="col">State</th>{canEdit ? <th scope="col">Change</th> : null}</tr>
            </thead>
            <tbody>
              {rules.map((rule, index) => (
                <tr key={rule.id} data-rule={rule.id}>
                  <td>{rule.position}</td>
                  <td>{rule.name}</td>
                  <td><code>{JSON.stringify(rule.conditions)}</code></td>
                  <td>{rule.action ? actionLabels[rule.action] : "score only"}</td>
                  <td>{rule.score}</td>
                  <td>{rule.enabled ? "Enabled" : "Disabled"}</td>
                  {canEdit ? (
                    <td className="bo-inline">
                      <Link href={`/dashboard/risk?edit=${rule.id}`} aria-label={`Edit ${rule.name}`}>Edit</Link>
                      <StaffForm action={`/dashboard/risk/rules/${rule.id}`} csrf={staff.csrf} back="/dashboard/risk" className="bo-inline">
                        <input type="hidden" name="toggle" value="1" />
                        {rule.enabled ? null : <input type="hidden" name="enabled" value="on" />}
                        <button type="submit" className="bo-secondary" aria-label={`${rule.enabled ? "Disable" : "Enable"} ${rule.name}`}>{rule.enabled ? "Disable" : "Enable"}</button>
                      </StaffForm>
                      {(["up", "down"] as const).map((direction) =>
                        (direction === "up" ? index > 0 : index < rules.length - 1) ? (
                          <StaffForm key={direction} action={`/dashboard/risk/rules/${rule.id}/move`} csrf={staff.csrf} back="/dashboard/risk" className="bo-inline">
                            <input type="hidden" name="direction" value={direction} />
                            <button type="submit" className="bo-secondary" aria-label={`Move ${rule.name} ${direction}`}>{direction === "up" ? "↑" : "↓"}</button>
                          </StaffForm>
                        ) : null,
                      )}
                      <StaffForm action={`/dashboard/risk/rules/${rule.id}/delete`} csrf={staff.csrf} back="/dashboard/risk" className="bo-inline">
                        <ConfirmSubmit question={`Delete the rule “${rule.name}”?`} confirmLabel="Delete" danger>Delete</ConfirmSubmit>
                      </StaffForm>
                    </td>
                  ) : null}
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>

      {canEdit ? (
        <section className="bo-card" aria-labelledby="rule-form">
          <h2 id="rule-form">{editing ? `Edit “${editing.name}”` : "New rule"}</h2>
          <p className="bo-hint">
            One row per condition; all must hold (the rule format is in the manual, docs/risk.md). Check it first: the backtest shows what it would
            have done over the last 30 days, then save it.
          </p>
          {problem ? (
            <p className="bo-error" role="alert" data-testid="rule-error">
              {problem.param ? <>Field <code>{problem.param}</code>: </> : null}
              {problem.message}
            </p>
          ) : null}
          <RuleForm draft={{ ...draft, conditions: conditionList(draft.conditions) }} invalid={problem?.param ?? null}>
            {editing ? <input type="hidden" name="edit" value={editing.id} /> : null}
            <input type="hidden" name="check" value="1" />
            <button type="submit" className="bo-secondary">Check and backtest</button>
          </RuleForm>
          {backtest ? (
            <div data-testid="backtest">
              <h3>Over the last {backtest.days} days</h3>
              <p>
                This rule would have fired on <strong>{backtest.fired}</strong> of {backtest.evaluated} payment attempts
                {backtest.action ? ` (${actionLabels[backtest.action]})` : ""}
                {backtest.score ? `, adding ${backtest.score} to their score` : ""}.{" "}
                {Object.entries(backtest.firedByStatus).map(([status, count]) => `${count} ${status}`).join(", ")}
                {backtest.truncated ? " Only the most recent 20,000 attempts were read." : ""}
              </p>
              {backtest.matches.length > 0 ? (
                <table className="bo-table">
                  <thead><tr><th scope="col">When</th><th scope="col">Payment</th><th scope="col">Amount</th><th scope="col">Card</th><th scope="col">What happened</th></tr></thead>
                  <tbody>
                    {backtest.matches.map((match) => (
                      <tr key={match.transactionId}>
                        <td>{formatDateTime(match.createdAt)}</td>
                        <td><Link href={`/dashboard/payments/${match.transactionId}`}>{match.transactionId}</Link></td>
                        <td>{formatMoney(match.amount, match.currency)}</td>
                        <td>{match.brand} •••• {match.last4}</td>
                        <td>{match.status}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              ) : null}
              <StaffForm action={formAction} csrf={staff.csrf} back="/dashboard/risk" className="bo-inline">
                <input type="hidden" name="name" value={draft.name} />
                <input type="hidden" name="conditions" value={draft.conditions} />
                <input type="hidden" name="action" value={draft.action} />
                <input type="hidden" name="score" value={draft.score} />
                {draft.enabled ? <input type="hidden" name="enabled" value="on" /> : null}
                <button type="submit">{editing ? "Save this rule" : "Create this rule"}</button>
              </StaffForm>
            </div>
          ) : null}
        </section>
      ) : null}

      <section className="bo-card" aria-labelledby="platform-rules">
        <h2 id="platform-rules">Platform defaults (after yours)</h2>
        <table className="bo-table">
          <thead><tr><th scope="col">Rule</th><th scope="col">Action</th><th scope="col">Score</th></tr></thead>
          <tbody>
            {platformRiskRules.map((rule) => (
              <tr key={rule.id}><td>{rule.name}</td><td>{rule.action ? actionLabels[rule.action] : "score only"}</td><td>{rule.score ?? 0}</td></tr>
            ))}
          </tbody>
        </table>
        <p className="bo-hint">A score of {thresholds.effective.review} holds a payment for review, {thresholds.effective.block} blocks it. An Allow rule of yours that fires settles the payment before them.</p>
      </section>

      <section className="bo-card" aria-labelledby="risk-thresholds">
        <h2 id="risk-thresholds">Score thresholds</h2>
        <p className="bo-hint">
          The platform holds a payment for review from a score of {context.config.risk.thresholds.review} and blocks it from {context.config.risk.thresholds.block}.
          Your own: review from {MERCHANT_RISK_SCORE_BOUNDS.review.min} to {MERCHANT_RISK_SCORE_BOUNDS.review.max}, block from {MERCHANT_RISK_SCORE_BOUNDS.block.min} to{" "}
          {MERCHANT_RISK_SCORE_BOUNDS.block.max}, review not above block. Leave a field empty to use the platform&apos;s. These apply to live and test payments.
        </p>
        {canEdit ? (
          <StaffForm action="/dashboard/risk/thresholds" csrf={staff.csrf} back="/dashboard/risk" className="bo-form">
            <div className="bo-field">
              <label htmlFor="t-review">Review from score</label>
              <input id="t-review" name="review" type="number" min={MERCHANT_RISK_SCORE_BOUNDS.review.min} max={100} defaultValue={thresholds.own.review ?? ""} placeholder={String(context.config.risk.thresholds.review)} aria-invalid={query.param === "review" ? true : undefined} />
            </div>
            <div className="bo-field">
              <label htmlFor="t-block">Block from score</label>
              <input id="t-block" name="block" type="number" min={MERCHANT_RISK_SCORE_BOUNDS.block.min} max={100} defaultValue={thresholds.own.block ?? ""} placeholder={String(context.config.risk.thresholds.block)} aria-invalid={query.param === "block" ? true : undefined} />
            </div>
            <button type="submit">Save thresholds</button>
          </StaffForm>
        ) : (
          <p data-testid="risk-thresholds">Review from {thresholds.effective.review}, block from {thresholds.effective.block}.</p>
        )}
      </section>
    </>
  );
}

/** The draft's conditions for the structured form: what was typed (JSON), or one example row when it does not parse. */
function conditionList(json: string): Record<string, unknown>[] {
  try {
    const parsed: unknown = JSON.parse(json);
    if (Array.isArray(parsed) && parsed.length > 0 && parsed.every((item) => item && typeof item === "object")) return parsed as Record<string, unknown>[];
  } catch {
    // fall through: the example
  }
  return JSON.parse(EXAMPLE) as Record<string, unknown>[];
}
