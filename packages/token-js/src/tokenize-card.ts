import { normalizeCardNumber, validateCard } from "@jeton/core/cards/validate-card";
import type { JetonConfig } from "./config";
import { readErrorResponse, type TokenizeFailure } from "./read-error-response";
import type { CardFormValues } from "./read-card-form";
import type { CardToken } from "./types";

/**
 * The request behind createToken and the Fields number frame. It answers with
 * data rather than a JetonError, so the frame carries no message catalog.
 */
export async function tokenizeCard(config: JetonConfig, values: CardFormValues): Promise<{ token: CardToken } | { error: TokenizeFailure }> {
  // The same rules as the server: a doomed request would only cost the shopper
  // a round trip and the merchant some rate-limit budget.
  const check = validateCard({ number: values.number, expMonth: values.expMonth, expYear: values.expYear, cvc: values.cvc });
  if (!check.ok) {
    const first = check.errors[0];
    return { error: { code: first?.code ?? "invalid_number", param: first?.field ?? "number" } };
  }
  // validateCard treats an empty CVC as "not provided"; tokenization requires one.
  if (!values.cvc) return { error: { code: "invalid_cvc", param: "cvc" } };

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
    return { error: { code: "network_error" } };
  }

  if (!response.ok) return { error: await readErrorResponse(response) };
  try {
    return { token: (await response.json()) as CardToken };
  } catch {
    return { error: { code: "internal_error", status: response.status } };
  }
}
