import { randomBytes } from "node:crypto";
import { ACS_TEST_CODE, formatAmount, isCurrencyCode } from "@jeton/core";
import { isEmbeddedNotificationPath } from "@/server/checkout/checkout-proxy";
import { type AcsLocale, acsIntlLocale, acsMessages } from "./acs-messages";

export type AcsPage =
  | {
      kind: "challenge";
      acsTransId: string;
      attemptsLeft: number;
      amount: number;
      currency: string;
      notificationUrl: string | null;
      threeDSSessionData?: string | undefined;
      error?: "wrong_code" | "empty_code" | undefined;
    }
  | {
      kind: "complete";
      outcome: "authenticated" | "failed" | "canceled";
      notificationUrl: string;
      cres: string;
      threeDSSessionData?: string | undefined;
    }
  | { kind: "ended"; reason: "invalid" | "unknown" | "expired" | "closed" | "error" };

const endedStatus = { invalid: 400, unknown: 404, expired: 410, closed: 409, error: 500 } as const;

function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!);
}

/** The `origin` parameter of an embedded checkout's notification URL, when it is a bare http(s) origin. */
function framingOriginOf(notificationUrl: string | null): string | null {
  if (!notificationUrl) return null;
  try {
    const url = new URL(notificationUrl);
    // Only an embedded checkout's notification route names a merchant page above the bank's frame.
    if (!isEmbeddedNotificationPath(url.pathname)) return null;
    const value = url.searchParams.get("origin");
    if (!value) return null;
    const origin = new URL(value).origin;
    return origin === value && /^https?:$/.test(new URL(value).protocol) ? origin : null;
  } catch {
    return null;
  }
}

function originOf(url: string | null): string | null {
  if (!url) return null;
  try {
    const { origin, protocol } = new URL(url);
    return protocol === "https:" || protocol === "http:" ? origin : null;
  } catch {
    return null;
  }
}

const styles = `
*{box-sizing:border-box}
body{margin:0;font-family:system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans Arabic",sans-serif;color:#1a1a2e;background:#fff;font-size:15px;line-height:1.45}
header{background:#12355b;color:#fff;padding:.6rem 1rem;font-weight:700}
header p{margin:0}
main{padding:1rem;max-width:32rem;margin:0 auto}
h1{font-size:1.25rem;margin:.25rem 0 .75rem}
p{margin:.5rem 0}
.notice{background:#fff4d6;border:1px solid #8a6a00;color:#3d3000;padding:.5rem .75rem;border-radius:6px;font-size:.875rem}
.amount{font-size:1.05rem}
label{display:block;font-weight:700;margin:.75rem 0 .25rem}
input[type=text]{width:100%;font:inherit;font-size:1.25rem;padding:.45rem .6rem;border:2px solid #4a4a5a;border-radius:6px;letter-spacing:.15em}
input[aria-invalid=true]{border-color:#a4001d}
:focus-visible{outline:3px solid #b36b00;outline-offset:2px}
.error{color:#a4001d;font-weight:700}
.muted{color:#44445a;font-size:.875rem}
.actions{display:flex;flex-wrap:wrap;gap:.5rem;margin-top:1rem}
button{font:inherit;font-weight:700;padding:.55rem 1.2rem;border-radius:6px;border:2px solid #12355b;background:#12355b;color:#fff;cursor:pointer}
button.secondary{background:#fff;color:#12355b}
@media (max-width:320px){body{font-size:13px}main{padding:.6rem}h1{font-size:1.05rem}header{padding:.4rem .6rem}}
`;

function hidden(name: string, value: string | undefined): string {
  return value === undefined ? "" : `<input type="hidden" name="${name}" value="${escapeHtml(value)}">`;
}

/**
 * The simulated bank's page, as a complete HTML response with its own strict
 * CSP: one nonce per response for the single style block and the auto-submit
 * script, forms only to this origin and the notification URL's, framed only
 * by Jeton's own pages.
 */
export function renderAcsPage(locale: AcsLocale, page: AcsPage): Response {
  const t = acsMessages[locale];
  const nonce = randomBytes(16).toString("base64");
  const lang = `?lang=${locale}`;
  let heading: string;
  let body: string;
  let script = "";
  let status = 200;
  let notificationOrigin: string | null = null;

  switch (page.kind) {
    case "challenge": {
      notificationOrigin = originOf(page.notificationUrl);
      heading = t.heading;
      const amount = isCurrencyCode(page.currency)
        ? formatAmount(page.amount, page.currency, acsIntlLocale[locale])
        : `${page.amount} ${page.currency}`;
      const errorText = page.error === "wrong_code" ? t.wrongCode.replace("{n}", String(page.attemptsLeft)) : page.error === "empty_code" ? t.emptyCode : null;
      const describedBy = errorText ? "code-error code-hint" : "code-hint";
      body = `
<p class="notice">${escapeHtml(t.simulated)} ${escapeHtml(t.testCode)} <strong dir="ltr">${ACS_TEST_CODE}</strong></p>
<p class="amount">${escapeHtml(t.amount)}: <strong dir="ltr">${escapeHtml(amount)}</strong></p>
<form method="post" action="/acs/challenge/verify${lang}">
${hidden("acsTransId", page.acsTransId)}${hidden("threeDSSessionData", page.threeDSSessionData)}
<p id="code-hint">${escapeHtml(t.instructions)}</p>
${errorText ? `<p id="code-error" class="error" role="alert">${escapeHtml(errorText)}</p>` : ""}
<label for="code">${escapeHtml(t.codeLabel)}</label>
<input id="code" name="code" type="text" inputmode="numeric" autocomplete="one-time-code" required autofocus dir="ltr" aria-describedby="${describedBy}"${errorText ? ' aria-invalid="true"' : ""}>
${errorText ? "" : `<p class="muted">${escapeHtml(t.attemptsLeft.replace("{n}", String(page.attemptsLeft)))}</p>`}
<div class="actions">
<button type="submit" name="action" value="verify">${escapeHtml(t.verify)}</button>
<button type="submit" name="action" value="cancel" class="secondary" formnovalidate>${escapeHtml(t.cancel)}</button>
</div>
</form>`;
      break;
    }
    case "complete": {
      notificationOrigin = originOf(page.notificationUrl);
      heading = t[page.outcome];
      // The 3DS protocol returns through the browser: the CRes goes back to
      // the 3DS server's notification URL as a form POST, in this frame.
      body = `
<p role="status">${escapeHtml(t.returning)}</p>
<form id="cres-form" method="post" action="${escapeHtml(page.notificationUrl)}" target="_self">
${hidden("cres", page.cres)}${hidden("threeDSSessionData", page.threeDSSessionData)}
<button type="submit">${escapeHtml(t.continue)}</button>
</form>`;
      script = `<script nonce="${nonce}">document.getElementById("cres-form").submit();</script>`;
      break;
    }
    case "ended": {
      heading = t.endedHeading;
      status = endedStatus[page.reason];
      body = `\n<p role="alert">${escapeHtml(t[page.reason])}</p>`;
      break;
    }
  }

  const html = `<!doctype html>
<html lang="${locale}" dir="${locale === "ar" ? "rtl" : "ltr"}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<title>${escapeHtml(t.title)}</title>
<style nonce="${nonce}">${styles}</style>
</head>
<body>
<header><p>${escapeHtml(t.bankName)}</p></header>
<main>
<h1>${escapeHtml(heading)}</h1>${body}
</main>
${script}
</body>
</html>
`;
  const formAction = ["'self'", ...(notificationOrigin ? [notificationOrigin] : [])].join(" ");
  // The bank's page sits in the challenge page, which sits in the merchant's page when the Smart Form is framed:
  // the 3DS server names that page's origin in its notification URL, and every ancestor must be allowed.
  const framedBy = "notificationUrl" in page ? framingOriginOf(page.notificationUrl) : null;
  const frameAncestors = ["'self'", ...(framedBy ? [framedBy] : [])].join(" ");
  return new Response(html, {
    status,
    headers: {
      "Content-Type": "text/html; charset=utf-8",
      "Content-Security-Policy": `default-src 'none'; style-src 'nonce-${nonce}'; script-src 'nonce-${nonce}'; form-action ${formAction}; frame-ancestors ${frameAncestors}; base-uri 'none'`,
      // Framed by the platform's own challenge page only, unless an embedded checkout's merchant page is above it.
      ...(framedBy ? {} : { "X-Frame-Options": "SAMEORIGIN" }),
      "Cache-Control": "no-store",
      "Referrer-Policy": "no-referrer",
      "X-Content-Type-Options": "nosniff",
    },
  });
}
