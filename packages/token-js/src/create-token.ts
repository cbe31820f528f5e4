import { getConfig } from "./config";
import { fieldForParam } from "./field-for-param";
import { JetonError } from "./jeton-error";
import { readCardForm, type FormLike } from "./read-card-form";
import { tokenizeCard } from "./tokenize-card";
import type { CardToken } from "./types";

/**
 * Tokenizes the card typed in `form`. The card goes to the platform in a single
 * request and nowhere else (no logs, no storage, no merchant server).
 */
export async function createToken(form: HTMLFormElement | FormLike): Promise<CardToken> {
  const config = getConfig();
  if (!config) throw new JetonError("missing_publishable_key");
  const values = readCardForm(form);
  const result = await tokenizeCard(config, values);
  if ("error" in result) {
    const { code, param, status } = result.error;
    throw new JetonError(code, { field: fieldForParam(param, values.expiryLayout), status });
  }
  return result.token;
}
