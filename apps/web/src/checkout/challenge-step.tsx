import { getCheckoutSession, getPendingChallenge } from "@jeton/core";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { isLocale, messages } from "@/i18n/messages";
import { getContext } from "@/server/context";
import { checkoutPath, type Surface } from "./checkout-url";
import { EmbedBridge } from "./embed-bridge";

type SearchParams = Record<string, string | string[] | undefined>;
const one = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

/**
 * The 3-D Secure step: the bank's page (the ACS) in an iframe of the
 * requested size, opened by posting the CReq into it. Without JavaScript the
 * shopper presses the button; the ACS then sends the shopper back through
 * the notification URL. The surface comes from the route
 * (`/pay/{id}/challenge` or `/embed/{id}/challenge`), never from the query.
 */
export async function ChallengeStep({ surface, id, query }: { surface: Surface; id: string; query: SearchParams }) {
  const lang = one(query.lang);
  const locale = isLocale(lang) ? lang : "fr";
  const origin = surface === "embed" ? one(query.origin) : undefined;
  const context = await getContext();
  const nonce = (await headers()).get("x-nonce") ?? "";
  const t = messages[locale];
  if (surface === "embed") {
    // Framed by the merchant's registered origins (checkout-proxy.ts); the bridge talks to ?origin=, so it must be one of them.
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
      <form id="creq-form" method="post" action={`${context.config.publicUrl}/acs/challenge?lang=${locale}`} target="jeton-acs">
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
