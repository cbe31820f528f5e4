import type { ReactNode } from "react";
import { SignInMessage } from "./sign-in-message";

/** A sign-in step's page: its card with the step's title and what `?error=` (with `?param=`) / `?reason=` say. */
export function SignInCard({
  title,
  error,
  reason,
  param,
  children,
}: {
  title: string;
  error?: string | string[] | undefined;
  reason?: string | string[] | undefined;
  /** The field a refused form named (`?param=`). */
  param?: string | string[] | undefined;
  children: ReactNode;
}) {
  return (
    <main className="bo-auth" id="main">
      <div className="bo-card">
        <h1>{title}</h1>
        <SignInMessage error={error} reason={reason} param={param} />
        {children}
      </div>
    </main>
  );
}
