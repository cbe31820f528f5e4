import { redirect } from "next/navigation";
import { SignInCard } from "@/backoffice/sign-in-card";
import { currentSignIn } from "@/server/backoffice/sign-in/current-sign-in";

export const dynamic = "force-dynamic";
export const metadata = { title: "Recovery codes · Jeton back-office" };

export default async function RecoveryCodesPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { error } = await searchParams;
  const { session, staff } = await currentSignIn();
  // Already signed in: nothing to do here.
  if (staff) redirect("/dashboard");
  if (session?.stage !== "enroll" || !session.recoveryCodes) redirect("/login?reason=expired");
  return (
    <SignInCard title="Save your recovery codes" error={error}>
      <p>
        Two-factor authentication is set up. If you lose your phone, each of these codes signs you in once instead of a code from the app.
        <strong> They are shown only now:</strong> print them or keep them in your password manager.
      </p>
      <ol className="bo-recovery-codes" aria-label="Recovery codes">
        {session.recoveryCodes.map((code) => (
          <li key={code}>
            <code>{code}</code>
          </li>
        ))}
      </ol>
      <form method="post" action="/login/recovery-codes/continue">
        <input type="hidden" name="csrf" value={session.csrf} />
        <button type="submit">I have saved them: continue to the dashboard</button>
      </form>
    </SignInCard>
  );
}
