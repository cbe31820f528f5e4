import { createToken } from "./create-token";
import { JetonError } from "./jeton-error";

export interface TokenizeAndSubmitOptions {
  /** Name of the hidden input that carries the token to the merchant's server. */
  inputName?: string;
  onError?: (error: JetonError) => void;
}

/** The part of a form this helper touches, so tests can pass a plain object. */
export type SubmittableForm = Pick<HTMLFormElement, "querySelector" | "querySelectorAll" | "appendChild" | "submit" | "ownerDocument">;

// A double click would otherwise tokenize the card twice and burn rate-limit budget.
const inFlight = new WeakSet<object>();

function cardInputs(form: SubmittableForm): HTMLInputElement[] {
  return Array.prototype.slice.call(form.querySelectorAll("[data-jeton]"));
}

function clearErrors(form: SubmittableForm): void {
  for (const input of cardInputs(form)) input.removeAttribute("aria-invalid");
  const slot = form.querySelector("[data-jeton-error]");
  if (slot) slot.textContent = "";
}

function showError(form: SubmittableForm, error: JetonError): void {
  if (error.field) form.querySelector(`[data-jeton="${error.field}"]`)?.setAttribute("aria-invalid", "true");
  const slot = form.querySelector("[data-jeton-error]");
  if (slot) slot.textContent = error.message;
}

function setHiddenValue(form: SubmittableForm, name: string, value: string): void {
  const inputs: HTMLInputElement[] = Array.prototype.slice.call(form.querySelectorAll("input"));
  let hidden = inputs.find((input) => input.name === name);
  if (!hidden) {
    hidden = form.ownerDocument.createElement("input");
    hidden.type = "hidden";
    hidden.name = name;
    form.appendChild(hidden);
  }
  hidden.value = value;
}

/**
 * Tokenizes, then submits the form with only the token. Meant to be called from
 * the form's submit listener after preventDefault(): form.submit() does not fire
 * "submit" again, so there is no loop. Never rejects; errors go to onError and
 * to the page.
 */
export async function tokenizeAndSubmit(form: HTMLFormElement | SubmittableForm, options: TokenizeAndSubmitOptions = {}): Promise<void> {
  if (inFlight.has(form)) return;
  inFlight.add(form);
  clearErrors(form);
  try {
    // A named card input would post the card to the merchant's server along
    // with the token, which is exactly what token.js exists to prevent.
    const named = cardInputs(form).find((input) => input.name);
    if (named) throw new JetonError("card_field_named", { field: named.getAttribute("data-jeton") as JetonError["field"] });
    const token = await createToken(form);
    setHiddenValue(form, options.inputName ?? "cardTokenId", token.cardTokenId);
    form.submit();
  } catch (caught) {
    const error = caught instanceof JetonError ? caught : new JetonError("internal_error");
    showError(form, error);
    options.onError?.(error);
  } finally {
    inFlight.delete(form);
  }
}
