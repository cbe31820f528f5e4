import { solveAttemptChallenge, type AttemptChallenge } from "@jeton/core/card-testing/solve-attempt-challenge";
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

  const card = {
    number: normalizeCardNumber(values.number),
    expMonth: values.expMonth,
    expYear: values.expYear,
    cvc: values.cvc,
    holder: values.holder,
  };
  let response = await post(config, { card });
  if (response === null) return { error: { code: "network_error" } };
  // Card-testing defence: past a threshold the platform asks for a proof of work first. It is solved
  // here (WebCrypto, no shopper action) and the attempt sent once more with the solution.
  if (response.status === 428) {
    const solution = await response
      .json()
      .then((body: { error: { challenge: AttemptChallenge } }) => solveAttemptChallenge(body.error.challenge))
      .catch(() => null);
    if (!solution) return { error: { code: "challenge_required", status: 428 } };
    response = await post(config, { card, challengeSolution: solution });
    if (response === null) return { error: { code: "network_error" } };
  }

  if (!response.ok) return { error: await readErrorResponse(response) };
  try {
    return { token: (await response.json()) as CardToken };
  } catch {
    return { error: { code: "internal_error", status: response.status } };
  }
}

function post(config: JetonConfig, body: unknown): Promise<Response | null> {
  return fetch(`${config.apiBase}/api/v1/card-tokens`, {
    method: "POST",
    headers: { Authorization: `Bearer ${config.publishableKey}`, "Content-Type": "application/json" },
    // Month and year go as typed: the server owns the 2-digit-year rule.
    body: JSON.stringify(body),
    // No cookies: the platform authenticates with the key, and a cookie would
    // make the CORS preflight stricter for nothing.
    credentials: "omit",
    mode: "cors",
    // fetch rejects only when no HTTP answer arrived (offline, DNS, CORS refusal).
  }).catch(() => null);
}
