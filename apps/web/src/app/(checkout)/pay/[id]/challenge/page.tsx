import { getCheckoutSession, getPendingChallenge } from "@jeton/core";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { checkoutPath, type Surface } from "@/checkout/checkout-url";
import { EmbedBridge } from "@/checkout/embed-bridge";
import { isLocale, messages } from "@/i18n/messages";
import { getContext } from "@/server/context";

export const dynamic = "force-dynamic";

type SearchParams = Record<string, string | string[] | undefined>;
const one = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

/**
 * The 3-D Secure step: the bank's page (the ACS) in an iframe of the
 * requested size, opened by posting the CReq into it. Without JavaScript the
 * shopper presses the button; the ACS then sends the shopper back through
 * the notification URL.
 */
export default async function ChallengePage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<SearchParams> }) {
  const { id } = await params;
  const query = await searchParams;
  const lang = one(query.lang);
  const locale = isLocale(lang) ? lang : "fr";
  const surface: Surface = one(query.surface) === "embed" ? "embed" : "redirect";
  const origin = one(query.origin);
  const context = await getContext();
  const nonce = (await headers()).get("x-nonce") ?? "";
  const t = messages[locale];
  if (surface === "embed") {
    // Framed by the origin in the URL (proxy.ts): only a registered one gets the bank's page.
    const session = await getCheckoutSession(context, { paymentRequestId: id });
    if (!session || !origin || !session.merchant.origins.includes(origin)) {
      return (
        <main className="checkout">
          <h1>{t.notAllowedTitle}</h1>
          <p>{t.notAllowedText}</p>
        </main>
      );
    }
  }
  const challenge = await getPendingChallenge(context, { paymentRequestId: id, transactionId: one(query.tx) ?? "" });
  if (!challenge) redirect(checkoutPath({ surface, paymentRequestId: id, locale, origin }, { tx: one(query.tx) ?? "" }));
  const { width, height } = challenge.windowSize;
  return (
    <main className="checkout">
      <style nonce={nonce}>{`.challenge-frame{width:${width === "100%" ? "100%" : `${width}px`};height:${height === "100%" ? "70vh" : `${height}px`}}`}</style>
      <h1>{t.challengeTitle}</h1>
      <p>{t.challengeIntro}</p>
      <form id="creq-form" method="post" action={`${context.urls.acsUrl}?lang=${locale}`} target="jeton-acs">
        <input type="hidden" name="creq" value={challenge.creq} />
        <noscript>
          <button type="submit" className="primary">
            {t.challengeContinue}
          </button>
        </noscript>
      </form>
      <iframe name="jeton-acs" title={t.challengeTitle} className="challenge-frame" />
      <script nonce={nonce} dangerouslySetInnerHTML={{ __html: `document.getElementById("creq-form").submit();` }} />
      {/* In the Smart Form, the shop's iframe grows to the bank's window. */}
      {surface === "embed" && origin ? <EmbedBridge parentOrigin={origin} /> : null}
    </main>
  );
}
