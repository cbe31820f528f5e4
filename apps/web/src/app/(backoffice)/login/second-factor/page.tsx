import { redirect } from "next/navigation";
import { SignInCard } from "@/backoffice/sign-in-card";
import { currentSignIn } from "@/server/backoffice/sign-in/current-sign-in";

export const dynamic = "force-dynamic";
export const metadata = { title: "Authentication code · Jeton back-office" };

export default async function SecondFactorPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { error, param } = await searchParams;
  const { session, staff } = await currentSignIn();
  // Already signed in: nothing to do here.
  if (staff) redirect("/dashboard");
  if (session?.stage !== "password") redirect("/login?reason=expired");
  return (
    <SignInCard title="Two-factor authentication" error={error} param={param}>
      <form method="post" action="/login/second-factor/verify">
        <input type="hidden" name="csrf" value={session.csrf} />
        <div className="bo-field">
          <label htmlFor="code">Authentication code</label>
          <input
            id="code"
            name="code"
            type="text"
            autoComplete="one-time-code"
            autoCapitalize="off"
            spellCheck={false}
            required
            maxLength={64}
            aria-describedby="code-hint"
            aria-invalid={typeof error === "string" ? true : undefined}
            autoFocus
          />
          <p className="bo-hint" id="code-hint">
            The 6-digit code your authenticator app shows now, or one of your recovery codes (each works once).
          </p>
        </div>
        <button type="submit">Verify</button>
      </form>
      <p>
        <a href="/login">Sign in as someone else</a>
      </p>
    </SignInCard>
  );
}
