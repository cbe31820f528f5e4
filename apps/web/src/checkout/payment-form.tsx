"use client";

import { solveAttemptChallenge, type AttemptChallenge } from "@jeton/core/card-testing/solve-attempt-challenge";
import { reformatKeepingCaret } from "@jeton/core/cards/format-card-number";
import { parseExpiry } from "@jeton/core/cards/parse-expiry";
import { detectBrand, validateCard, type CardErrorCode } from "@jeton/core/cards/validate-card";
import { useEffect, useRef, useState } from "react";
import { useForm, type FieldErrors, type Resolver } from "react-hook-form";

type Field = "holder" | "number" | "exp" | "cvc";
type Values = Record<Field, string>;

export interface PaymentFormLabels {
  cardholder: string;
  cardNumber: string;
  expiry: string;
  cvc: string;
  cvcHelp: string;
  pay: string;
  errorSummary: string;
  required: string;
  errors: Record<CardErrorCode, string>;
}

const brandNames: Record<string, string> = { visa: "Visa", mastercard: "Mastercard", amex: "American Express", discover: "Discover", diners: "Diners Club", jcb: "JCB", unionpay: "UnionPay", maestro: "Maestro" };

/** The card rules of core (card-validator underneath), as a react-hook-form resolver: the same checks the server runs. */
function cardResolver(labels: PaymentFormLabels): Resolver<Values> {
  return async (values) => {
    const errors: FieldErrors<Values> = {};
    const fail = (field: Field, message: string) => {
      errors[field] ??= { type: "validate", message };
    };
    if (!values.number.trim()) fail("number", labels.required);
    if (!values.exp.trim()) fail("exp", labels.required);
    if (!values.cvc.trim()) fail("cvc", labels.required);
    const { expMonth, expYear } = parseExpiry(values.exp);
    const result = validateCard({ number: values.number, expMonth, expYear, cvc: values.cvc || undefined });
    if (!result.ok) {
      for (const error of result.errors) {
        fail(error.field === "expMonth" || error.field === "expYear" ? "exp" : error.field, labels.errors[error.code]);
      }
    }
    if (values.exp.trim() && !expMonth) fail("exp", labels.errors.invalid_expiry_month);
    return Object.keys(errors).length > 0 ? { values: {}, errors } : { values, errors: {} };
  };
}

/** The window the bank's challenge gets (EMV 3DS challengeWindowSize): as large as the screen allows. */
function challengeWindowSize(): string {
  const width = window.innerWidth;
  if (width >= 620) return "04";
  if (width >= 410) return "02";
  if (width >= 270) return "01";
  return "05";
}

/**
 * The card form. It is a plain HTML form that posts to Jeton's server, so it
 * works without JavaScript; with it, react-hook-form checks every field as
 * the shopper types and announces errors, and only a valid card is posted.
 */
export function PaymentForm({
  action,
  hidden,
  labels,
  serverErrors,
  parentOrigin,
  storedCredentialConsent,
  challenge,
}: {
  /** The card-testing defence's proof-of-work, solved in the background while the shopper types (see docs/risk.md). */
  challenge?: AttemptChallenge | undefined;
  action: string;
  hidden: Record<string, string>;
  labels: PaymentFormLabels;
  serverErrors: Partial<Record<Field, string>>;
  parentOrigin?: string | undefined;
  /** When the card is to be saved: the text of the shopper's tick allowing later merchant-initiated charges. */
  storedCredentialConsent?: string | undefined;
}) {
  const formRef = useRef<HTMLFormElement>(null);
  const windowSizeRef = useRef<HTMLInputElement>(null);
  const solutionRef = useRef<HTMLInputElement>(null);
  const solving = useRef<Promise<string | null> | null>(null);
  const [submitted, setSubmitted] = useState(false);

  // Solved at once, so that it is usually ready by the time the card is typed; the server asks for it only
  // past a threshold (and without JavaScript the form still posts, just without it). Held in state: a hidden
  // input's value is its attribute, which React would reset to a defaultValue on the next render.
  const [solution, setSolution] = useState("");
  useEffect(() => {
    if (!challenge) return;
    const running = solveAttemptChallenge(challenge).catch(() => null);
    solving.current = running;
    void running.then((found) => setSolution(found ?? ""));
  }, [challenge]);
  const { register, handleSubmit, watch, formState } = useForm<Values>({
    mode: "onTouched",
    defaultValues: { holder: "", number: "", exp: "", cvc: "" },
    resolver: cardResolver(labels),
  });
  const numberField = register("number");
  const number = watch("number");
  const brand = detectBrand(number ?? "");

  useEffect(() => {
    if (!parentOrigin || window.parent === window) return;
    window.parent.postMessage({ source: "jeton", type: "change", detail: { brand, complete: formState.isValid } }, parentOrigin);
  }, [brand, formState.isValid, parentOrigin]);

  const errors: Partial<Record<Field, string>> = { ...serverErrors };
  for (const field of ["holder", "number", "exp", "cvc"] as const) {
    const message = formState.errors[field]?.message;
    if (message) errors[field] = message;
    else if (formState.touchedFields[field] || submitted) delete errors[field];
  }
  const listed = (["number", "exp", "cvc"] as const).filter((field) => errors[field]);
  const fieldLabel: Record<Field, string> = { holder: labels.cardholder, number: labels.cardNumber, exp: labels.expiry, cvc: labels.cvc };

  const describedBy = (field: Field, extra?: string) =>
    [errors[field] ? `${field}-error` : null, extra].filter(Boolean).join(" ") || undefined;

  return (
    <form
      ref={formRef}
      method="post"
      action={action}
      noValidate
      onSubmit={handleSubmit(
        async () => {
          if (windowSizeRef.current) windowSizeRef.current.value = challengeWindowSize();
          // Submitted at once after this (no render in between), so the solution is written to the input directly.
          const found = await solving.current;
          if (found && solutionRef.current) solutionRef.current.value = found;
          formRef.current?.submit();
        },
        () => setSubmitted(true),
      )}
    >
      {Object.entries(hidden).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <input ref={windowSizeRef} type="hidden" name="challengeWindowSize" defaultValue="05" />
      <input ref={solutionRef} type="hidden" name="challengeSolution" value={solution} readOnly data-testid="challenge-solution" />
      {listed.length > 0 && (submitted || Object.keys(serverErrors).length > 0) ? (
        <div className="error-summary" role="alert">
          <p>{labels.errorSummary}</p>
          <ul>
            {listed.map((field) => (
              <li key={field}>
                <a href={`#${field}`}>
                  {fieldLabel[field]} : {errors[field]}
                </a>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      <div className="field">
        <label htmlFor="holder">{labels.cardholder}</label>
        <input id="holder" autoComplete="cc-name" {...register("holder")} />
      </div>
      <div className="field">
        <label htmlFor="number">
          {labels.cardNumber}
          <span className="brand-badge" aria-live="polite" data-testid="card-brand">
            {brandNames[brand] ?? ""}
          </span>
        </label>
        <input
          id="number"
          inputMode="numeric"
          autoComplete="cc-number"
          aria-invalid={errors.number ? true : undefined}
          aria-describedby={describedBy("number")}
          {...numberField}
          onChange={(event) => {
            // Grouped as typed (4-4-4-4, Amex 4-6-5), caret kept: the same code as token.js Fields.
            const input = event.target;
            const next = reformatKeepingCaret(input.value, input.selectionStart);
            if (next.value !== input.value) {
              input.value = next.value;
              if (document.activeElement === input) input.setSelectionRange(next.caret, next.caret);
            }
            return numberField.onChange(event);
          }}
        />
        {errors.number ? (
          <p className="error" id="number-error">
            {errors.number}
          </p>
        ) : null}
      </div>
      <div className="row">
        <div className="field">
          <label htmlFor="exp">{labels.expiry}</label>
          <input
            id="exp"
            inputMode="numeric"
            autoComplete="cc-exp"
            placeholder="MM/YY"
            aria-invalid={errors.exp ? true : undefined}
            aria-describedby={describedBy("exp")}
            {...register("exp")}
          />
          {errors.exp ? (
            <p className="error" id="exp-error">
              {errors.exp}
            </p>
          ) : null}
        </div>
        <div className="field">
          <label htmlFor="cvc">{labels.cvc}</label>
          <input
            id="cvc"
            inputMode="numeric"
            autoComplete="cc-csc"
            aria-invalid={errors.cvc ? true : undefined}
            aria-describedby={describedBy("cvc", "cvc-help")}
            {...register("cvc")}
          />
          {errors.cvc ? (
            <p className="error" id="cvc-error">
              {errors.cvc}
            </p>
          ) : null}
        </div>
      </div>
      <p className="hint" id="cvc-help">
        {labels.cvcHelp}
      </p>
      {storedCredentialConsent ? (
        <div className="field consent">
          <input id="storedCredentialConsent" type="checkbox" name="storedCredentialConsent" value="yes" />
          <label htmlFor="storedCredentialConsent">{storedCredentialConsent}</label>
        </div>
      ) : null}
      <button type="submit" className="primary" disabled={formState.isSubmitSuccessful}>
        {labels.pay}
      </button>
    </form>
  );
}
