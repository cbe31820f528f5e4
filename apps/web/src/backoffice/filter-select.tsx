/** The <option>s of a filter: [value, label] pairs, in the order offered (`Object.entries` of a labels record fits). */
export type FilterOptions = ReadonlyArray<readonly [value: string, label: string]>;

/**
 * One field of a search form's filters: a labelled <select> whose first
 * option, the empty value, filters nothing ("Any" unless `anyLabel` says otherwise).
 */
export function FilterSelect({
  id,
  name,
  label,
  value,
  options,
  anyLabel = "Any",
  invalid = false,
}: {
  id: string;
  name: string;
  label: string;
  /** The value submitted last, "" for none. */
  value: string;
  options: FilterOptions;
  anyLabel?: string;
  invalid?: boolean;
}) {
  return (
    <div className="bo-field">
      <label htmlFor={id}>{label}</label>
      <select id={id} name={name} defaultValue={value} aria-invalid={invalid || undefined}>
        <option value="">{anyLabel}</option>
        {options.map(([optionValue, optionLabel]) => (
          <option key={optionValue} value={optionValue}>
            {optionLabel}
          </option>
        ))}
      </select>
    </div>
  );
}
