"use client";

import { useRef, type ReactNode } from "react";

/**
 * A submit button that asks first, in an accessible modal <dialog>. Without
 * JavaScript the button submits directly: the server-side checks are the real
 * guard; this only stops slips of the finger.
 */
export function ConfirmSubmit({
  children,
  question,
  confirmLabel,
  danger = false,
}: {
  children: ReactNode;
  /** Says exactly what will happen, amounts included. */
  question: string;
  confirmLabel: string;
  danger?: boolean;
}) {
  const dialog = useRef<HTMLDialogElement>(null);
  const trigger = useRef<HTMLButtonElement>(null);
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
          dialog.current?.showModal();
        }}
      >
        {children}
      </button>
      <dialog ref={dialog} aria-labelledby={undefined} aria-label={question}>
        <p>{question}</p>
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
