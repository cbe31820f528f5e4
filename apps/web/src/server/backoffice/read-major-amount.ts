import { AppError, isCurrencyCode, parseMajorString } from "@jeton/core";

/**
 * A positive amount staff typed in major units (`12.50`, `1.250`, `1200`;
 * a comma is taken as the decimal point) as minor units, with the currency's
 * own exponent; undefined when the field was left empty. More decimals than
 * the currency has are refused rather than rounded.
 */
export function readMajorAmount(value: string | null | undefined, currency: string, param = "amount"): number | undefined {
  const text = (value ?? "").trim().replace(",", ".");
  if (text === "") return undefined;
  const invalid = new AppError("parameter_invalid", `${param} must be a positive amount in ${currency}.`, { param });
  if (!isCurrencyCode(currency) || text.length > 24) throw invalid;
  let minor: number;
  try {
    minor = parseMajorString(text, currency);
  } catch {
    throw invalid;
  }
  if (minor <= 0) throw invalid;
  return minor;
}
