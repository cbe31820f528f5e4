import { isAppError, openTransactionChallenge, withQuery } from "@jeton/core";
import type { AppContext } from "@/server/context";
import { readThreeDsPageRequest, renderThreeDsPage } from "../render-three-ds-page";

// GET /three-ds/{id}?client_secret=…&origin=…&lang=… – the 3-D Secure challenge of a transaction
// created through the API, framed by token.js's modal on the merchant's page (frame-ancestors:
// the transaction's merchant's registered origins, see checkout-proxy.ts). A wrong client secret
// or an unregistered origin shows nothing.
export async function handleTransactionChallenge(request: Request, context: AppContext, params: { id: string }): Promise<Response> {
  const { locale, nonce, origin } = readThreeDsPageRequest(request);
  try {
    const challenge = await openTransactionChallenge(context, {
      clientSecret: new URL(request.url).searchParams.get("client_secret") ?? "",
      transactionId: params.id,
      origin,
      locale,
    });
    if (challenge.kind === "finished") {
      return renderThreeDsPage(locale, nonce, { kind: "finished", status: challenge.status, merchantOrigin: origin, target: "parent" });
    }
    return renderThreeDsPage(locale, nonce, { kind: "challenge", creq: challenge.creq, acsUrl: withQuery(context.urls.acsUrl, { lang: locale }) });
  } catch (error) {
    if (!isAppError(error) || error.status >= 500) throw error;
    return renderThreeDsPage(locale, nonce, { kind: "refused" }, error.status);
  }
}
