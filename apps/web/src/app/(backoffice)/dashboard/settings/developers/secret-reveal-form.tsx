"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState, type ReactNode } from "react";
import { CopyButton } from "@/backoffice/copy-button";
import { StaffForm } from "@/backoffice/staff-form";

/**
 * A settings form whose answer holds a secret to show once (a rolled API key,
 * a new webhook signing secret). With JavaScript the form is sent by fetch
 * asking for JSON, and the secret is put on this page only, never in a URL or
 * a cookie; without JavaScript it is an ordinary post, and the page it lands
 * on says the secret could not be shown.
 */
export function SecretRevealForm({
  action,
  csrf,
  back,
  secretField,
  secretLabel,
  linkBase,
  className,
  children,
}: {
  action: string;
  csrf: string;
  back: string;
  /** The JSON answer's property holding the secret. */
  secretField: "secretKey" | "secret";
  secretLabel: string;
  /** When the answer names a created object (`id`), a link to it: this prefix + the id. */
  linkBase?: string;
  className?: string;
  children: ReactNode;
}) {
  const router = useRouter();
  const [revealed, setRevealed] = useState<{ secret: string; id?: string } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  return (
    <div
      onSubmitCapture={async (event) => {
        const form = event.target as HTMLFormElement;
        event.preventDefault();
        if (busy) return;
        setBusy(true);
        setError(null);
        setRevealed(null);
        try {
          const response = await fetch(action, {
            method: "POST",
            headers: { Accept: "application/json" },
            body: new URLSearchParams(new FormData(form) as unknown as Record<string, string>),
          });
          const body = (await response.json().catch(() => null)) as Record<string, unknown> | null;
          if (!response.ok || !body) {
            const message = (body?.error as { message?: string } | undefined)?.message;
            setError(message ?? "That did not work. Nothing was changed.");
            return;
          }
          setRevealed({ secret: String(body[secretField] ?? ""), id: typeof body.id === "string" ? body.id : undefined });
          form.reset();
          // The lists and the redacted key on the page are server-rendered: redraw them (this component keeps its state).
          router.refresh();
        } catch {
          setError("The back-office could not be reached. Check the list before trying again.");
        } finally {
          setBusy(false);
        }
      }}
    >
      <StaffForm action={action} csrf={csrf} back={back} className={className}>
        {children}
      </StaffForm>
      {error ? (
        <p className="bo-error" role="alert">
          {error}
        </p>
      ) : null}
      <div role="status" aria-live="polite">
        {revealed ? (
          <div className="bo-secret" data-testid="revealed-secret-box">
            <p>
              <strong>{secretLabel}</strong> Copy it now and keep it somewhere safe: it will not be shown again.
            </p>
            <p>
              <code data-testid="revealed-secret">{revealed.secret}</code> <CopyButton text={revealed.secret} label="Copy" />
            </p>
            {linkBase && revealed.id ? (
              <p>
                <Link href={`${linkBase}${revealed.id}`}>Open the new endpoint</Link>
              </p>
            ) : null}
          </div>
        ) : null}
      </div>
    </div>
  );
}
