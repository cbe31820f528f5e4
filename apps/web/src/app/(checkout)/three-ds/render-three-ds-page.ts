import type { TransactionStatusView } from "@jeton/core";
import { directionOf, isLocale, type Locale, messages } from "@/i18n/messages";

const escape = (value: string) => value.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** A value for an inline script: JSON that can close no tag. */
const scriptValue = (value: unknown) => JSON.stringify(value).replace(/</g, "\\u003c");

const styles = `
body{margin:0;font-family:system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans Arabic",sans-serif;color:#1a1a2e;background:#fff}
main{display:flex;flex-direction:column;height:100vh}
h1{font-size:1.1rem;margin:.75rem 1rem .25rem}
p{margin:0 1rem .5rem}
iframe{flex:1;border:0;width:100%;min-height:400px}
button{font:inherit;font-weight:700;margin:0 1rem;padding:.55rem 1.2rem;border-radius:6px;border:2px solid #12355b;background:#12355b;color:#fff}
`;

/** What both 3-D Secure routes read from their request: the page language, the proxy's nonce and the merchant page's origin. */
export function readThreeDsPageRequest(request: Request): { locale: Locale; nonce: string; origin: string } {
  const url = new URL(request.url);
  const lang = url.searchParams.get("lang");
  return {
    locale: isLocale(lang) ? lang : "fr",
    nonce: request.headers.get("x-nonce") ?? "",
    origin: url.searchParams.get("origin") ?? "",
  };
}

export type ThreeDsPage =
  | { kind: "challenge"; creq: string; acsUrl: string }
  /** The transaction is no longer waiting: its status goes to the merchant page that opened the challenge. */
  | { kind: "finished"; status: TransactionStatusView; merchantOrigin: string; target: "parent" | "grandparent" }
  | { kind: "refused" };

/**
 * The platform's 3-D Secure pages for API transactions (token.js's modal):
 * the challenge (the bank's page in a frame, opened by posting the CReq),
 * and the outcome, told to the merchant page by postMessage to its exact
 * origin. Scripts and styles carry the proxy's per-request nonce.
 */
export function renderThreeDsPage(locale: Locale, nonce: string, page: ThreeDsPage, status = 200): Response {
  const t = messages[locale];
  const n = escape(nonce);
  let body: string;
  switch (page.kind) {
    case "challenge":
      body = `<h1>${escape(t.challengeTitle)}</h1><p>${escape(t.challengeIntro)}</p>
<form id="creq-form" method="post" action="${escape(page.acsUrl)}" target="jeton-acs"><input type="hidden" name="creq" value="${escape(page.creq)}"><noscript><button type="submit">${escape(t.challengeContinue)}</button></noscript></form>
<iframe name="jeton-acs" title="${escape(t.challengeTitle)}"></iframe>
<script nonce="${n}">document.getElementById("creq-form").submit();</script>`;
      break;
    case "finished": {
      const message = {
        source: "jeton",
        type: "three_ds_complete",
        transactionId: page.status.id,
        status: page.status.status,
        declineCode: page.status.declineCode,
      };
      // The notification lands in the bank's frame, inside the challenge page: the merchant page is two levels up.
      const target = page.target === "parent" ? "window.parent" : "window.parent.parent";
      body = `<h1>${escape(t.challengeTitle)}</h1><p role="status">${escape(t.returning)}</p>
<script nonce="${n}">${target}.postMessage(${scriptValue(message)}, ${scriptValue(page.merchantOrigin)});</script>`;
      break;
    }
    case "refused":
      body = `<h1>${escape(t.notAllowedTitle)}</h1><p role="alert">${escape(t.notAllowedText)}</p>`;
      break;
  }
  const html = `<!doctype html><html lang="${locale}" dir="${directionOf(locale)}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${escape(t.challengeTitle)}</title><style nonce="${n}">${styles}</style></head><body><main>${body}</main></body></html>`;
  return new Response(html, { status, headers: { "Content-Type": "text/html; charset=utf-8", "Cache-Control": "no-store" } });
}
