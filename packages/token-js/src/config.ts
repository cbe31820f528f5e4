import { JetonError } from "./jeton-error";
import { setPreferredLocale, type Locale } from "./messages";

export interface PublishableKeyOptions {
  apiBase?: string;
  locale?: Locale;
}

export interface JetonConfig {
  publishableKey: string;
  apiBase: string;
}

/**
 * The platform serves token.js from its own origin (<platform>/v1/token.js), so
 * that origin is where the tokenization API lives. document.currentScript is
 * only set while the script first runs, hence the capture at load time.
 */
const scriptOrigin = captureScriptOrigin();

let config: JetonConfig | undefined;

function captureScriptOrigin(): string | undefined {
  if (typeof document === "undefined") return undefined;
  const script = document.currentScript as HTMLScriptElement | null;
  if (!script || !script.src) return undefined;
  try {
    const origin = new URL(script.src).origin;
    // file: and data: URLs have an opaque origin, which is no API address.
    return origin === "null" ? undefined : origin;
  } catch {
    return undefined;
  }
}

export function setPublishableKey(publishableKey: string, options: PublishableKeyOptions = {}): void {
  const locale = options.locale;
  const key = typeof publishableKey === "string" ? publishableKey.trim() : "";
  // A secret key in page source is readable by anyone: refuse it loudly rather
  // than let the server reject it after it has already leaked.
  if (key.startsWith("sk_")) throw new JetonError("wrong_key_kind", { locale });
  if (!key.startsWith("pk_")) throw new JetonError(key ? "invalid_api_key" : "missing_publishable_key", { locale });
  const apiBase = options.apiBase ?? scriptOrigin;
  if (!apiBase) throw new JetonError("missing_api_base", { locale });
  config = { publishableKey: key, apiBase: apiBase.replace(/\/+$/, "") };
  setPreferredLocale(locale);
}

export function getConfig(): JetonConfig | undefined {
  return config;
}

/** The platform's address: the one given to setPublishableKey, or else where token.js came from. */
export function getApiBase(): string | undefined {
  return config?.apiBase ?? scriptOrigin;
}
