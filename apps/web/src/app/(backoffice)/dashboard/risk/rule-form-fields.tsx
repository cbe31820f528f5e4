"use client";

import { riskActions, riskRuleInput, velocityDimensions, velocityMetrics, type RiskCondition } from "@jeton/core/risk/risk-rule";
import { useRef } from "react";
import { useFieldArray, useForm, type FieldErrors } from "react-hook-form";
import { conditionFromRow, rowFromCondition, CONDITION_TYPES, type ConditionRow, type RuleDraft } from "./rule-form-rows";

/** Condition inputs belong to no form (a `form` attribute naming no element): only the JSON below is sent. */
const DETACHED = "risk-condition-row";
const actionLabels: Record<string, string> = { allow: "Allow", require_3ds: "Require 3-D Secure", review: "Review", block: "Block" };

interface Values {
  name: string;
  action: string;
  score: string;
  enabled: boolean;
  conditions: ConditionRow[];
}

function errorAt(errors: FieldErrors<Values>, path: string): string | undefined {
  let node: unknown = errors;
  for (const part of path.split(".")) node = node && typeof node === "object" ? (node as Record<string, unknown>)[part] : undefined;
  return node && typeof node === "object" && "message" in node ? String((node as { message: unknown }).message) : undefined;
}

/**
 * The rule form's fields, structured: a row per condition (its type, then the
 * fields of that type), the action, score and switch. On submit the rule is
 * checked with the rule language's own zod schema (core's riskRuleInput, the
 * one the server applies), each problem shown beside its field; a valid rule
 * goes to the server (check and backtest) with its conditions as JSON, which
 * the server validates again. `children`: the form's hidden fields and button.
 */
export function RuleForm({ draft, invalid, children }: { draft: RuleDraft; invalid: string | null; children: React.ReactNode }) {
  const conditionsRef = useRef<HTMLInputElement>(null);
  const { register, control, watch, handleSubmit, setError, clearErrors, formState } = useForm<Values>({
    defaultValues: { name: draft.name, action: draft.action, score: draft.score, enabled: draft.enabled, conditions: draft.conditions.map(rowFromCondition) },
  });
  const { fields, append, remove } = useFieldArray({ control, name: "conditions" });
  const rows = watch("conditions");
  const { errors } = formState;

  const submit = handleSubmit((values, event) => {
    clearErrors();
    const conditions: RiskCondition[] = values.conditions.map(conditionFromRow) as RiskCondition[];
    const input = {
      name: values.name,
      conditions,
      ...(values.action ? { action: values.action } : {}),
      ...(values.score.trim() !== "" ? { score: Number(values.score) } : {}),
      enabled: values.enabled,
    };
    const parsed = riskRuleInput.safeParse(input);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        const [head, index, field] = issue.path.map(String);
        // A list (in / notIn) is one text field; a problem with the condition as a whole goes on its type.
        const path =
          head === "conditions" && index !== undefined
            ? `conditions.${index}.${field === "in" || field === "notIn" ? "list" : field && field in (values.conditions[Number(index)] ?? {}) ? field : "type"}`
            : (head ?? "name");
        setError(path as never, { message: issue.message });
      }
      return;
    }
    conditionsRef.current!.value = JSON.stringify(conditions);
    (event?.target as HTMLFormElement).submit();
  });

  const bad = (field: string) => (invalid !== null && (invalid === field || invalid.startsWith(`${field}[`)) ? true : undefined);
  const fieldError = (path: string) => {
    const message = errorAt(errors, path);
    return message ? <span className="bo-error" role="alert">{message}</span> : null;
  };

  return (
    <form method="get" action="/dashboard/risk" className="bo-form" onSubmit={submit} noValidate>
      <input type="hidden" name="conditions" ref={conditionsRef} defaultValue={JSON.stringify(draft.conditions)} />
      <div className="bo-field">
        <label htmlFor="r-name">Name</label>
        <input id="r-name" {...register("name")} maxLength={100} aria-invalid={bad("name") ?? (errorAt(errors, "name") ? true : undefined)} />
        {fieldError("name")}
      </div>
      <fieldset className="bo-field" data-testid="rule-conditions">
        <legend>Conditions (all must hold)</legend>
        {fields.map((field, index) => {
          const row = rows[index] ?? field;
          const at = (name: keyof ConditionRow) => `conditions.${index}.${name}` as const;
          const input = (name: keyof ConditionRow, label: string, props: React.InputHTMLAttributes<HTMLInputElement> = {}) => (
            <label className="bo-inline">
              {label}{" "}
              <input form={DETACHED} {...register(at(name))} {...props} aria-invalid={errorAt(errors, at(name)) || bad(`conditions[${index}][${name}]`) ? true : undefined} />
              {fieldError(at(name))}
            </label>
          );
          const select = (name: keyof ConditionRow, label: string, options: readonly string[]) => (
            <label className="bo-inline">
              {label}{" "}
              <select form={DETACHED} {...register(at(name))}>
                {options.map((option) => <option key={option} value={option}>{option}</option>)}
              </select>
              {fieldError(at(name))}
            </label>
          );
          return (
            <div key={field.id} className="bo-inline" data-condition={index}>
              {select("type", `Condition ${index + 1}`, CONDITION_TYPES)}
              {row.type === "velocity" ? (
                <>
                  {select("metric", "count", velocityMetrics)}
                  {select("per", "per", velocityDimensions)}
                  {input("windowMinutes", "over minutes", { type: "number", min: 1 })}
                  {input("atLeast", "at least", { type: "number", min: 1 })}
                  {row.metric === "amount" ? input("currency", "currency", { size: 4 }) : null}
                </>
              ) : null}
              {row.type === "amount" ? (
                <>
                  {select("scope", "of", ["transaction", "card_per_day"])}
                  {input("currency", "currency", { size: 4 })}
                  {input("over", "over (minor units)", { type: "number", min: 0 })}
                </>
              ) : null}
              {row.type === "card_country" || row.type === "ip_country" ? (
                <>
                  {select("listMode", "", ["in", "notIn"])}
                  {input("list", "countries (FR, DE…)")}
                </>
              ) : null}
              {row.type === "card_brand" || row.type === "card_funding" ? input("list", row.type === "card_brand" ? "brands (visa, mastercard…)" : "funding (credit, debit, prepaid)") : null}
              {row.type === "three_ds" ? select("result", "result", ["no_liability_shift", "not_authenticated"]) : null}
              {fields.length > 1 ? (
                <button type="button" className="bo-secondary" onClick={() => remove(index)} aria-label={`Remove condition ${index + 1}`}>Remove</button>
              ) : null}
            </div>
          );
        })}
        {fields.length < 10 ? (
          <button type="button" className="bo-secondary" onClick={() => append(rowFromCondition({ type: "card_first_seen" }))}>Add a condition</button>
        ) : null}
        {fieldError("conditions")}
      </fieldset>
      <div className="bo-field">
        <label htmlFor="r-action">Action</label>
        <select id="r-action" {...register("action")} aria-invalid={bad("action") ?? (errorAt(errors, "action") ? true : undefined)}>
          <option value="">None (score only)</option>
          {riskActions.map((value) => <option key={value} value={value}>{actionLabels[value]}</option>)}
        </select>
        {fieldError("action")}
      </div>
      <div className="bo-field">
        <label htmlFor="r-score">Score (0–100)</label>
        <input id="r-score" type="number" min={0} max={100} {...register("score")} aria-invalid={bad("score") ?? (errorAt(errors, "score") ? true : undefined)} />
        {fieldError("score")}
      </div>
      <div className="bo-field">
        <label>
          <input type="checkbox" {...register("enabled")} /> Enabled
        </label>
      </div>
      {children}
    </form>
  );
}
