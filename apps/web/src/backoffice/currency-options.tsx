import { currencyMinorUnits } from "@jeton/core";

/** Every supported currency code, sorted. */
export const currencyCodes = Object.keys(currencyMinorUnits).sort();

/** The <option>s of a currency <select>: every supported currency, by code. */
export function CurrencyOptions() {
  return currencyCodes.map((code) => (
    <option key={code} value={code}>
      {code}
    </option>
  ));
}
