import { redirect } from "next/navigation";
import { SignInCard } from "@/backoffice/sign-in-card";
import { currentSignIn } from "@/server/backoffice/sign-in/current-sign-in";

export const dynamic = "force-dynamic";
export const metadata = { title: "Sign in · Jeton back-office" };

export default async function LoginPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { error, reason, param } = await searchParams;
  const { staff } = await currentSignIn();
  if (staff && !error && !reason) redirect("/dashboard");
  return (
    <SignInCard title="Sign in to the Jeton back-office" error={error} reason={reason} param={param}>
      <form method="post" action="/login/password" aria-describedby={typeof error === "string" ? "sign-in-error" : undefined}>
        <div className="bo-field">
          <label htmlFor="email">Email</label>
          <input id="email" name="email" type="email" autoComplete="username" required maxLength={254} autoFocus />
        </div>
        <div className="bo-field">
          <label htmlFor="password">Password</label>
          <input id="password" name="password" type="password" autoComplete="current-password" required maxLength={256} />
        </div>
        <button type="submit">Sign in</button>
      </form>
      <p className="bo-hint">
        After your password you will be asked for a code from your authenticator app. Five wrong attempts in a row lock the account for 15 minutes.
      </p>
    </SignInCard>
  );
}
