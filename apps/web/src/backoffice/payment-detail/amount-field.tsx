import { majorAmount } from "@/backoffice/major-amount";

/**
 * An amount staff type in major units for an action on a payment (capture,
 * refund): from the currency's smallest unit (0.01 EUR, 0.001 TND, 1 JPY) up
 * to `max` minor units, `max` by default. The route reads it with the
 * currency's exponent (readMajorAmount).
 */
export function AmountField({ id, label, currency, max, hint }: { id: string; label: string; currency: string; max: number; hint?: string }) {
  const step = majorAmount(1, currency);
  return (
    <div className="bo-field">
      <label htmlFor={id}>
        {label} ({currency})
      </label>
      <input
        id={id}
        name="amount"
        type="number"
        min={step}
        step={step}
        max={majorAmount(max, currency)}
        required
        defaultValue={majorAmount(max, currency)}
        aria-describedby={hint ? `${id}-hint` : undefined}
      />
      {hint ? (
        <p id={`${id}-hint`} className="bo-hint">
          {hint}
        </p>
      ) : null}
    </div>
  );
}
