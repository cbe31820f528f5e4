import type { ReactNode } from "react";
import { SignInMessage } from "./sign-in-message";

/** A sign-in step's page: its card with the step's title and what `?error=` / `?reason=` say. */
export function SignInCard({
  title,
  error,
  reason,
  children,
}: {
  title: string;
  error?: string | string[] | undefined;
  reason?: string | string[] | undefined;
  children: ReactNode;
}) {
  return (
    <main className="bo-auth" id="main">
      <div className="bo-card">
        <h1>{title}</h1>
        <SignInMessage error={error} reason={reason} />
        {children}
      </div>
    </main>
  );
}
