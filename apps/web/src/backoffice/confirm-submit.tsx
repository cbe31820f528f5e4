"use client";

import { useRef, useState, type ReactNode } from "react";

/**
 * A submit button that asks first, in an accessible modal <dialog>. Without
 * JavaScript the button submits directly: the server-side checks are the real
 * guard; this only stops slips of the finger.
 *
 * `valueField` names a field of the form whose current value replaces
 * `{value}` in the question when it opens, so that "Refund {value} EUR?"
 * states the amount actually typed.
 */
export function ConfirmSubmit({
  children,
  question,
  confirmLabel,
  danger = false,
  valueField,
}: {
  children: ReactNode;
  /** Says exactly what will happen, amounts included. */
  question: string;
  confirmLabel: string;
  danger?: boolean;
  valueField?: string;
}) {
  const dialog = useRef<HTMLDialogElement>(null);
  const trigger = useRef<HTMLButtonElement>(null);
  const [asked, setAsked] = useState(question);
  return (
    <>
      <button
        ref={trigger}
        type="submit"
        className={danger ? "bo-danger" : undefined}
        onClick={(event) => {
          const form = event.currentTarget.form;
          if (!form || !form.reportValidity()) return;
          event.preventDefault();
          if (valueField) {
            const field = form.elements.namedItem(valueField);
            const value = field instanceof HTMLInputElement || field instanceof HTMLSelectElement ? field.value.trim() : "";
            setAsked(question.replaceAll("{value}", value));
          }
          dialog.current?.showModal();
        }}
      >
        {children}
      </button>
      <dialog ref={dialog} aria-labelledby={undefined} aria-label={asked}>
        <p>{asked}</p>
        <div className="bo-actions">
          <button
            type="button"
            className={danger ? "bo-danger" : undefined}
            onClick={() => {
              dialog.current?.close();
              trigger.current?.form?.requestSubmit();
            }}
          >
            {confirmLabel}
          </button>
          <button type="button" className="bo-secondary" onClick={() => dialog.current?.close()}>
            Cancel
          </button>
        </div>
      </dialog>
    </>
  );
}
