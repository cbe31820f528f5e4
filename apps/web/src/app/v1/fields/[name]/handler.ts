import { cardMessages } from "@jeton/core/cards/card-error-messages";
import { listKeyOrigins } from "@jeton/core";
import { fieldPageTypes, renderFieldPage } from "@jeton/token-js/fields-page";
import { fieldScripts } from "@/generated/token-js";
import type { AppContext } from "@/server/context";

/** A bare http(s) origin, the only thing that may go into a CSP source list. */
const ORIGIN = /^https?:\/\/[a-z0-9.-]+(?::\d{1,5})?$/i;

const common = { "X-Content-Type-Options": "nosniff", "Referrer-Policy": "no-referrer" };

// GET /v1/fields/field-<type>.js – a Fields frame's script (loaded by its page, with the page's nonce).
function script(name: string): Response {
  const source = fieldScripts[name];
  if (source === undefined) return new Response("Not found", { status: 404, headers: common });
  return new Response(source, {
    headers: { ...common, "Content-Type": "application/javascript; charset=utf-8", "Cache-Control": "public, max-age=300" },
  });
}

/**
 * GET /v1/fields/<type>?key=pk_…&origin=<merchant page origin>&lang=en|fr – the
 * page of one Fields input. Only the key's registered origins may frame it
 * (CSP frame-ancestors, enforced by the browser); a key that is unknown, or a
 * page whose origin is not registered, gets a page without input that says
 * why in the merchant page's console.
 */
export async function handleFieldPage(request: Request, context: AppContext, { name }: { name: string }): Promise<Response> {
  if (name.endsWith(".js")) return script(name);
  if (!fieldPageTypes.includes(name)) return new Response("Not found", { status: 404, headers: common });
  const url = new URL(request.url);
  const key = url.searchParams.get("key") ?? "";
  const origin = url.searchParams.get("origin") ?? "";
  const lang = url.searchParams.get("lang") === "fr" ? "fr" : "en";
  let origins: string[] = [];
  let refused: string | undefined;
  try {
    origins = (await listKeyOrigins(context, key)).filter((o) => ORIGIN.test(o));
  } catch {
    refused = key.startsWith("sk_")
      ? "a secret key must never be used in a browser: pass your publishable key (pk_) to Jeton.setPublishableKey."
      : `the publishable key "${key.slice(0, 12)}…" is not valid (unknown or revoked): pass your pk_ key to Jeton.setPublishableKey.`;
  }
  if (!refused && !origins.includes(origin)) {
    refused = `this page's origin (${origin.slice(0, 200)}) is not registered for this publishable key: add it to the merchant's origins in the back-office (Settings).`;
  }
  const nonce = Buffer.from(crypto.getRandomValues(new Uint8Array(16))).toString("base64");
  const sources = origins.join(" ") || "'none'";
  const csp = [
    "default-src 'none'",
    `script-src 'nonce-${nonce}'`,
    `style-src 'nonce-${nonce}'`,
    `font-src ${sources}`,
    // The number frame posts the card to the tokenization API on this same origin.
    "connect-src 'self'",
    "base-uri 'none'",
    "form-action 'none'",
    // A refusal page holds no input: any page may show it, so that it can say why in its console.
    `frame-ancestors ${refused ? "*" : sources}`,
  ].join("; ");
  const html = renderFieldPage({ type: name, nonce, origins, messages: cardMessages[lang], refused, scriptSrc: `/v1/fields/field-${name}.js` });
  return new Response(html, {
    headers: { ...common, "Content-Type": "text/html; charset=utf-8", "Content-Security-Policy": csp, "Cache-Control": "no-store" },
  });
}
