import { parseExpiry } from "@jeton/core/cards/parse-expiry";
import { JetonError, type JetonField } from "./jeton-error";
import type { ExpiryLayout } from "./field-for-param";

/** The card as typed; validation and normalisation happen afterwards. */
export interface CardFormValues {
  number: string;
  expMonth: string;
  expYear: string;
  cvc: string;
  holder: string | undefined;
  expiryLayout: ExpiryLayout;
}

/** The subset of a form token.js touches, so tests can pass a plain object. */
export type FormLike = Pick<HTMLFormElement, "querySelector">;

function findInput(form: FormLike, field: JetonField): HTMLInputElement | null {
  return form.querySelector<HTMLInputElement>(`[data-jeton="${field}"]`);
}

function requiredValue(form: FormLike, field: JetonField): string {
  const input = findInput(form, field);
  // A missing input is an integration mistake, not a shopper typo: say which one.
  if (!input) throw new JetonError("missing_field", { field });
  return String(input.value ?? "");
}

/**
 * Reads the data-jeton inputs. A combined "exp" input wins over separate
 * month/year inputs when both exist, because it is what the shopper typed last
 * in the usual layouts.
 */
export function readCardForm(form: FormLike): CardFormValues {
  const number = requiredValue(form, "number");
  let expMonth: string;
  let expYear: string;
  let expiryLayout: ExpiryLayout;
  const combined = findInput(form, "exp");
  if (combined) {
    ({ expMonth, expYear } = parseExpiry(String(combined.value ?? "")));
    expiryLayout = "combined";
  } else {
    if (!findInput(form, "exp-month") && !findInput(form, "exp-year")) throw new JetonError("missing_field", { field: "exp" });
    expMonth = requiredValue(form, "exp-month").trim();
    expYear = requiredValue(form, "exp-year").trim();
    expiryLayout = "split";
  }
  const cvc = requiredValue(form, "cvc").trim();
  // The holder name is optional on the API, so its input is optional too.
  const holder = findInput(form, "holder")?.value?.trim() || undefined;
  return { number, expMonth, expYear, cvc, holder, expiryLayout };
}
