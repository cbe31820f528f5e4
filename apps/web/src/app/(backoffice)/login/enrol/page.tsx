import { startTotpEnrolment } from "@jeton/core";
import { schema } from "@jeton/db";
import { eq } from "drizzle-orm";
import { redirect } from "next/navigation";
import { QrCode } from "@/backoffice/qr-code";
import { SignInCard } from "@/backoffice/sign-in-card";
import { currentSignIn } from "@/server/backoffice/sign-in/current-sign-in";

export const dynamic = "force-dynamic";
export const metadata = { title: "Set up two-factor authentication · Jeton back-office" };

export default async function EnrolPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { error, param } = await searchParams;
  const { context, session, staff } = await currentSignIn();
  // Already signed in: nothing to do here.
  if (staff) redirect("/dashboard");
  if (session?.stage === "enroll" && session.recoveryCodes) redirect("/login/recovery-codes");
  if (session?.stage !== "enroll" || !session.pendingTotpSecret) redirect("/login?reason=expired");
  const [user] = await context.db.select({ email: schema.staffUsers.email }).from(schema.staffUsers).where(eq(schema.staffUsers.id, session.userId));
  if (!user) redirect("/login?reason=expired");
  const { secret, uri } = startTotpEnrolment({ email: user.email, secret: session.pendingTotpSecret });
  return (
    <SignInCard title="Set up two-factor authentication" error={error} param={param}>
      <p>Signing in to the back-office needs a code from an authenticator app (such as Google Authenticator, Microsoft Authenticator, 1Password or FreeOTP) as well as your password.</p>
      <ol>
        <li>In your authenticator app, add an account by scanning this QR code:</li>
      </ol>
      <QrCode value={uri} label={`QR code that adds the Jeton back-office account ${user.email} to an authenticator app`} className="bo-qr" />
      <p>
        Or type this key into the app instead (time-based):{" "}
        <code data-testid="totp-secret">
          {secret.replace(/(.{4})/g, "$1 ").trim()}
        </code>
      </p>
      <ol start={2}>
        <li>Enter the 6-digit code the app now shows for Jeton:</li>
      </ol>
      <form method="post" action="/login/enrol/confirm">
        <input type="hidden" name="csrf" value={session.csrf} />
        <div className="bo-field">
          <label htmlFor="code">Authentication code</label>
          <input
            id="code"
            name="code"
            type="text"
            inputMode="numeric"
            pattern="[0-9 ]{6,7}"
            autoComplete="one-time-code"
            required
            maxLength={7}
            aria-describedby="code-hint"
            aria-invalid={typeof error === "string" ? true : undefined}
          />
          <p className="bo-hint" id="code-hint">
            Six digits. The code changes every 30 seconds.
          </p>
        </div>
        <button type="submit">Confirm</button>
      </form>
    </SignInCard>
  );
}
