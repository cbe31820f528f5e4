import { ConfirmSubmit } from "./confirm-submit";
import { StaffForm } from "./staff-form";

/**
 * A table row's confirmed action: posts one hidden field naming the row's
 * item, with a button whose accessible name says which item it acts on.
 */
export function RowActionForm({
  action,
  csrf,
  back,
  className,
  field,
  value,
  question,
  confirmLabel,
  danger,
  label,
  item,
}: {
  action: string;
  csrf: string;
  back: string;
  className?: string;
  field: string;
  value: string;
  question: string;
  confirmLabel: string;
  danger?: boolean;
  /** The button's visible text, e.g. "Remove". */
  label: string;
  /** The item, for screen readers only: "Remove https://shop.example". */
  item: string;
}) {
  return (
    <StaffForm action={action} csrf={csrf} back={back} className={className}>
      <input type="hidden" name={field} value={value} />
      <ConfirmSubmit question={question} confirmLabel={confirmLabel} danger={danger}>
        {label}
        <span className="visually-hidden"> {item}</span>
      </ConfirmSubmit>
    </StaffForm>
  );
}
