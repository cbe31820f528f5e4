import { currencyMinorUnits } from "@jeton/core";

const currencies = Object.keys(currencyMinorUnits).sort();

/** The <option>s of a currency <select>: every supported currency, by code. */
export function CurrencyOptions() {
  return currencies.map((code) => (
    <option key={code} value={code}>
      {code}
    </option>
  ));
}
