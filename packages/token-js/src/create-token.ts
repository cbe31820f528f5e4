import { normalizeCardNumber, validateCard } from "@jeton/core/cards/validate-card";
import { getConfig } from "./config";
import { errorFromResponse } from "./error-from-response";
import { fieldForParam } from "./field-for-param";
import { JetonError } from "./jeton-error";
import { readCardForm, type FormLike } from "./read-card-form";
import type { CardToken } from "./types";

/**
 * Tokenizes the card typed in `form`. The card goes to the platform in a single
 * request and nowhere else (no logs, no storage, no merchant server).
 */
export async function createToken(form: HTMLFormElement | FormLike): Promise<CardToken> {
  const config = getConfig();
  if (!config) throw new JetonError("missing_publishable_key");
  const values = readCardForm(form);

  // The same rules as the server: a doomed request would only cost the shopper
  // a round trip and the merchant some rate-limit budget.
  const check = validateCard({ number: values.number, expMonth: values.expMonth, expYear: values.expYear, cvc: values.cvc });
  if (!check.ok) {
    const first = check.errors[0];
    throw new JetonError(first?.code ?? "invalid_number", { field: fieldForParam(first?.field ?? "number", values.expiryLayout) });
  }
  // validateCard treats an empty CVC as "not provided"; tokenization requires one.
  if (!values.cvc) throw new JetonError("invalid_cvc", { field: "cvc" });

  let response: Response;
  try {
    response = await fetch(`${config.apiBase}/api/v1/card-tokens`, {
      method: "POST",
      headers: { Authorization: `Bearer ${config.publishableKey}`, "Content-Type": "application/json" },
      // Month and year go as typed: the server owns the 2-digit-year rule.
      body: JSON.stringify({
        card: {
          number: normalizeCardNumber(values.number),
          expMonth: values.expMonth,
          expYear: values.expYear,
          cvc: values.cvc,
          holder: values.holder,
        },
      }),
      // No cookies: the platform authenticates with the key, and a cookie would
      // make the CORS preflight stricter for nothing.
      credentials: "omit",
      mode: "cors",
    });
  } catch {
    // fetch rejects only when no HTTP answer arrived (offline, DNS, CORS refusal).
    throw new JetonError("network_error");
  }

  if (!response.ok) throw await errorFromResponse(response, values.expiryLayout);
  try {
    return (await response.json()) as CardToken;
  } catch {
    throw new JetonError("internal_error", { status: response.status });
  }
}
