import {
  createAttemptChallenge,
  formatAmount,
  getCheckoutSession,
  shopperFacingRefusal,
  GENERIC_DECLINE_CODE,
  isCurrencyCode,
  type CheckoutSession,
} from "@jeton/core";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { declineReasons, messages, type Locale } from "@/i18n/messages";
import { getContext } from "@/server/context";
import { checkoutPath, intlLocale, type CheckoutLocation, type Surface } from "./checkout-url";
import { EmbedBridge, type EmbedEvent } from "./embed-bridge";
import { PaymentForm } from "./payment-form";
import { offeredLocales, pickCheckoutLocale } from "./pick-checkout-locale";
import { ReturnForm } from "./return-form";
import { returnResult } from "./return-result";

type SearchParams = Record<string, string | string[] | undefined>;
const one = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

const HEX_COLOR = /^#[0-9a-fA-F]{6}$/;
const cardErrorCodes = ["invalid_number", "invalid_expiry_month", "invalid_expiry_year", "expired_card", "invalid_cvc"] as const;
const fieldOfError: Record<string, "number" | "exp" | "cvc"> = {
  invalid_number: "number",
  invalid_expiry_month: "exp",
  invalid_expiry_year: "exp",
  expired_card: "exp",
  invalid_cvc: "cvc",
};

function Shell({ locale, session, nonce, surface, children }: { locale: Locale; session: CheckoutSession | null; nonce: string; surface: Surface; children: React.ReactNode }) {
  const primary = session && HEX_COLOR.test(session.merchant.primaryColor) ? session.merchant.primaryColor : "#3b3bd6";
  const background = session && HEX_COLOR.test(session.merchant.backgroundColor) ? session.merchant.backgroundColor : "#ffffff";
  return (
    <>
      {/* Merchant colours, validated as hex: a style element with the CSP nonce, never inline style attributes. */}
      <style nonce={nonce}>{`:root{--brand:${primary};--surface:${background}}${surface === "embed" ? "body{background:transparent}" : ""}`}</style>
      <main className="checkout">{children}</main>
    </>
  );
}

function LanguageLinks({ location, offered }: { location: CheckoutLocation; offered: Locale[] }) {
  const names: Record<Locale, string> = { fr: "Français", en: "English", ar: "العربية" };
  // Only the languages the merchant offers; with one, there is nothing to switch to.
  if (offered.length < 2) return null;
  return (
    <nav className="languages" aria-label={messages[location.locale].language}>
      {offered.map((locale) => (
        <a key={locale} href={checkoutPath({ ...location, locale })} lang={locale} aria-current={locale === location.locale ? "page" : undefined}>
          {names[locale]}
        </a>
      ))}
    </nav>
  );
}

function Merchant({ session, locale }: { session: CheckoutSession; locale: Locale }) {
  const t = messages[locale];
  const pr = session.paymentRequest;
  const amount = isCurrencyCode(pr.currency) ? formatAmount(pr.amount, pr.currency, intlLocale[locale]) : `${pr.amount} ${pr.currency}`;
  return (
    <header>
      <div className="merchant">
        {session.merchant.logoUrl ? <img src={session.merchant.logoUrl} alt="" /> : null}
        <span className="name">{session.merchant.name}</span>
      </div>
      {pr.intent === "payment" ? (
        <>
          <p className="muted">{t.amountDue}</p>
          <p className="amount" data-testid="amount">
            {amount}
          </p>
        </>
      ) : null}
      {session.installmentSchedule && session.status === "open" ? <InstallmentSchedule session={session} locale={locale} /> : null}
      {pr.subscriptionId && session.status === "open" ? (
        <p className="muted" data-testid="card-update-consent">
          {t.cardUpdateConsent.replace("{merchant}", session.merchant.name)}
        </p>
      ) : null}
      {pr.description ? <p>{pr.description}</p> : null}
      {pr.merchantReference ? (
        <p className="muted">
          {t.reference} : {pr.merchantReference}
        </p>
      ) : null}
    </header>
  );
}

/** Payment in instalments: each date and amount before the shopper pays, and what paying agrees to. */
function InstallmentSchedule({ session, locale }: { session: CheckoutSession; locale: Locale }) {
  const t = messages[locale];
  const pr = session.paymentRequest;
  const schedule = session.installmentSchedule ?? [];
  const money = (amount: number) => (isCurrencyCode(pr.currency) ? formatAmount(amount, pr.currency, intlLocale[locale]) : `${amount} ${pr.currency}`);
  const date = new Intl.DateTimeFormat(intlLocale[locale], { dateStyle: "long", timeZone: "UTC" });
  return (
    <section aria-labelledby="installments-title" data-testid="installment-schedule">
      <h2 id="installments-title">{t.installmentsTitle.replace("{count}", String(schedule.length))}</h2>
      <ol>
        {schedule.map((due, index) => (
          <li key={index} data-testid="installment">
            <span>{index === 0 ? t.installmentsToday : date.format(due.dueAt)}</span> — <strong>{money(due.amount)}</strong>
          </li>
        ))}
      </ol>
      <p className="muted" data-testid="installments-consent">
        {t.installmentsConsent.replace("{merchant}", session.merchant.name)}
      </p>
    </section>
  );
}

/** A result page: the merchant, then the outcome under one heading (the same markup for every ticket). */
function Ticket({
  tone,
  title,
  children,
  page,
}: {
  tone: "ok" | "ko";
  title: string;
  children: React.ReactNode;
  page: { location: CheckoutLocation; session: CheckoutSession; nonce: string; bridge: React.ReactNode };
}) {
  const { location, session, nonce, bridge } = page;
  return (
    <Shell locale={location.locale} session={session} nonce={nonce} surface={location.surface}>
      <LanguageLinks location={location} offered={offeredLocales(session.merchant)} />
      <Merchant session={session} locale={location.locale} />
      <section className={`ticket ${tone}`} aria-labelledby="ticket-title">
        <h1 id="ticket-title" className="status" data-testid="ticket-status">
          {title}
        </h1>
        {children}
      </section>
      {bridge}
    </Shell>
  );
}

/**
 * The hosted payment page, shared by the redirect page and the iframe Smart
 * Form: the card form while the request is open, otherwise a ticket. The
 * request id in the URL is the only state (no cookies, so the iframe works
 * with third-party cookies blocked).
 */
export async function CheckoutPage({ surface, id, searchParams }: { surface: Surface; id: string; searchParams: SearchParams }) {
  const context = await getContext();
  const nonce = (await headers()).get("x-nonce") ?? "";
  const attemptId = one(searchParams.tx);
  const session = await getCheckoutSession(context, { paymentRequestId: id, attemptId });
  const requested = one(searchParams.lang);
  const locale = pickCheckoutLocale({ requested, requestLocale: session?.paymentRequest.locale, merchant: session?.merchant });
  if (requested !== locale) {
    const query = new URLSearchParams(Object.entries(searchParams).flatMap(([k, v]) => (typeof v === "string" ? [[k, v]] : [])));
    query.set("lang", locale);
    redirect(`/${surface === "embed" ? "embed" : "pay"}/${encodeURIComponent(id)}?${query.toString()}`);
  }
  const t = messages[locale];
  if (!session) {
    return (
      <Shell locale={locale} session={null} nonce={nonce} surface={surface}>
        <h1>{t.notFoundTitle}</h1>
      </Shell>
    );
  }

  const origin = surface === "embed" ? (one(searchParams.origin) ?? null) : null;
  if (surface === "embed" && (!origin || !session.merchant.origins.includes(origin))) {
    return (
      <Shell locale={locale} session={session} nonce={nonce} surface={surface}>
        <h1>{t.notAllowedTitle}</h1>
        <p>{t.notAllowedText}</p>
      </Shell>
    );
  }
  const location: CheckoutLocation = { surface, paymentRequestId: id, locale, origin };
  const pr = session.paymentRequest;
  const justFinished = Boolean(attemptId) || one(searchParams.done) === "1";
  const bridge = (outcome?: EmbedEvent) => (surface === "embed" && origin ? <EmbedBridge parentOrigin={origin} outcome={outcome} /> : null);

  // A back-office payment link has no merchant site to return to: its ticket is the end of the journey.
  const signed = async (action: string | null) => {
    if (action === null) return null;
    const { token } = await returnResult(context, session);
    return <ReturnForm action={action} token={token} label={t.returnToMerchant} autoSubmit={justFinished} nonce={nonce} />;
  };

  if (session.status === "succeeded") {
    const tx = session.attempt;
    const page = { location, session, nonce, bridge: bridge({ type: "success", detail: { paymentRequestId: pr.id, transactionId: pr.transactionId } }) };
    return (
      <Ticket tone="ok" title={pr.intent === "tokenize" ? t.tokenizedTitle : t.acceptedTitle} page={page}>
        <p role="status">{pr.intent === "tokenize" ? t.tokenizedText : t.acceptedText}</p>
        {tx?.authorizationCode ? (
          <dl>
            <dt>{t.authorizationCode}</dt>
            <dd data-testid="authorization-code">{tx.authorizationCode}</dd>
          </dl>
        ) : null}
        {justFinished && pr.returnUrl !== null ? <p className="muted">{t.returning}</p> : null}
        {await signed(pr.returnUrl)}
      </Ticket>
    );
  }

  if (session.status !== "open") {
    const title = { expired: t.expiredTitle, canceled: t.canceledTitle, failed: t.failedTitle }[session.status];
    const text = { expired: t.expiredText, canceled: t.canceledText, failed: t.failedText }[session.status];
    const back = session.status === "failed" ? pr.returnUrl : (pr.cancelUrl ?? pr.returnUrl);
    return (
      <Ticket tone="ko" title={title} page={{ location, session, nonce, bridge: bridge({ type: "error", detail: { status: session.status } }) }}>
        <p role="status">{text}</p>
        {await signed(back)}
      </Ticket>
    );
  }

  const attempt = session.attempt;
  const refused = attempt && ["declined", "authentication_failed", "expired", "blocked"].includes(attempt.status);
  if (refused && one(searchParams.retry) !== "1") {
    const reasons = declineReasons[locale];
    // Lost, stolen, fraud-suspected and blocked cards read the same generic refusal, here and in the
    // message to the merchant's page: the precise code is the merchant's (API, webhooks, back-office).
    const shown = shopperFacingRefusal({ status: attempt.status, declineCode: attempt.declineCode });
    const reason =
      shown.status === "authentication_failed"
        ? reasons.authentication_failed
        : shown.status === "expired"
          ? reasons.expired
          : shown.declineCode === GENERIC_DECLINE_CODE
            ? reasons.generic
            : (reasons[shown.declineCode ?? ""] ?? reasons.generic);
    const page = { location, session, nonce, bridge: bridge({ type: "error", detail: { status: shown.status, declineCode: shown.declineCode } }) };
    return (
      <Ticket tone="ko" title={t.refusedTitle} page={page}>
        <p role="alert" data-testid="refusal-reason">
          {reason}
        </p>
        <p className="muted">
          {t.attemptsLeft} : {pr.maxAttempts - pr.attempts}
        </p>
        <a className="primary" href={checkoutPath(location, { retry: "1" })}>
          {t.tryAgain}
        </a>
      </Ticket>
    );
  }

  const errorCode = one(searchParams.error);
  const serverErrors: Partial<Record<"number" | "exp" | "cvc", string>> = {};
  if (errorCode && errorCode in fieldOfError) serverErrors[fieldOfError[errorCode]!] = t[errorCode as (typeof cardErrorCodes)[number]];
  const hidden: Record<string, string> = { surface, lang: locale };
  if (origin) hidden.origin = origin;
  // Instalments: the button pays the first one (the schedule above says the rest).
  const dueNow = session.installmentSchedule?.[0]?.amount ?? pr.amount;
  const payLabel = `${t.pay} ${isCurrencyCode(pr.currency) && pr.intent === "payment" ? formatAmount(dueNow, pr.currency, intlLocale[locale]) : ""}`.trim();

  return (
    <Shell locale={locale} session={session} nonce={nonce} surface={surface}>
      <LanguageLinks location={location} offered={offeredLocales(session.merchant)} />
      <Merchant session={session} locale={locale} />
      <h1 className="visually-hidden">{t.pageTitle}</h1>
      {errorCode === "unavailable" ? <p role="alert">{t.unavailable}</p> : null}
      {errorCode === "live_mode_unavailable" ? <p role="alert">{t.liveModeUnavailable}</p> : null}
      {errorCode === "too_many_attempts" ? <p role="alert" data-testid="too-many-attempts">{t.tooManyAttempts}</p> : null}
      {errorCode === "challenge_required" ? <p role="alert">{t.challengeRequired}</p> : null}
      <PaymentForm
        action={`/pay/${pr.id}/attempt`}
        hidden={hidden}
        serverErrors={serverErrors}
        parentOrigin={origin ?? undefined}
        challenge={await createAttemptChallenge(context, { maxNumber: context.config.cardTesting.powMaxNumber })}
        storedCredentialConsent={pr.saveCard && !pr.installments && !pr.subscriptionId ? t.storedCredentialConsent.replace("{merchant}", session.merchant.name) : undefined}
        labels={{
          cardholder: t.cardholder,
          cardNumber: t.cardNumber,
          expiry: t.expiry,
          cvc: t.cvc,
          cvcHelp: t.cvcHelp,
          pay: payLabel,
          errorSummary: t.errorSummary,
          required: t.required,
          errors: {
            invalid_number: t.invalid_number,
            invalid_expiry_month: t.invalid_expiry_month,
            invalid_expiry_year: t.invalid_expiry_year,
            expired_card: t.expired_card,
            invalid_cvc: t.invalid_cvc,
          },
        }}
      />
      <form method="post" action={`/pay/${pr.id}/cancel`}>
        <input type="hidden" name="surface" value={surface} />
        <input type="hidden" name="lang" value={locale} />
        {origin ? <input type="hidden" name="origin" value={origin} /> : null}
        <button type="submit" className="link">
          {pr.returnUrl === null ? t.cancelPayment : t.cancel}
        </button>
      </form>
      <p className="secured muted">
        {t.acceptedCards}: Visa · Mastercard · American Express. {t.securedBy}
      </p>
      {bridge()}
    </Shell>
  );
}
