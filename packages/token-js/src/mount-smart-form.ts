import { JetonError } from "./jeton-error";

export type SmartFormEvent = "ready" | "change" | "success" | "error";
export type SmartFormHandler = (detail: Record<string, unknown>) => void;

export interface MountSmartFormOptions {
  /** The payment request's `embedUrl` as the API answered it (or the whole payment request object). */
  paymentRequest: string | { embedUrl: string };
  /** Page language (`fr`, `en`, `ar`); the payment request's own locale otherwise. */
  locale?: "fr" | "en" | "ar";
  /** Accessible name of the iframe. */
  title?: string;
}

export interface SmartForm {
  readonly iframe: HTMLIFrameElement;
  on(event: SmartFormEvent, handler: SmartFormHandler): SmartForm;
  off(event: SmartFormEvent, handler: SmartFormHandler): SmartForm;
  /** Removes the iframe and stops listening. */
  destroy(): void;
}

/** The window and document parts the Smart Form needs (a fake in unit tests). */
export interface SmartFormHost {
  origin: string;
  createIframe(): HTMLIFrameElement;
  addEventListener(type: "message", listener: (event: MessageEvent) => void): void;
  removeEventListener(type: "message", listener: (event: MessageEvent) => void): void;
}

const EVENTS: SmartFormEvent[] = ["ready", "change", "success", "error"];
const MAX_HEIGHT = 4000;

/** The iframe address: the embed URL, told which origin frames it (the page pins postMessage and frame-ancestors to it). */
export function smartFormSource(options: MountSmartFormOptions, parentOrigin: string): URL {
  const raw = typeof options.paymentRequest === "string" ? options.paymentRequest : options.paymentRequest?.embedUrl;
  let url: URL;
  try {
    url = new URL(String(raw));
  } catch {
    throw new JetonError("invalid_embed_url");
  }
  if ((url.protocol !== "https:" && url.protocol !== "http:") || !/^\/embed\/[^/]+$/.test(url.pathname)) {
    throw new JetonError("invalid_embed_url");
  }
  url.searchParams.set("origin", parentOrigin);
  if (options.locale) url.searchParams.set("lang", options.locale);
  return url;
}

export function createSmartForm(host: SmartFormHost, element: HTMLElement, options: MountSmartFormOptions): SmartForm {
  const source = smartFormSource(options, host.origin);
  const platformOrigin = source.origin;
  const iframe = host.createIframe();
  iframe.src = source.toString();
  iframe.title = options.title ?? "Paiement sécurisé · Secure payment";
  iframe.style.width = "100%";
  iframe.style.border = "0";
  iframe.style.height = "480px";
  iframe.style.display = "block";

  const handlers = new Map<SmartFormEvent, Set<SmartFormHandler>>(EVENTS.map((e) => [e, new Set()]));
  const emit = (event: SmartFormEvent, detail: Record<string, unknown>) => {
    for (const handler of handlers.get(event) ?? []) handler(detail);
  };

  const onMessage = (event: MessageEvent) => {
    // Only our frame, from the platform's origin, speaks to us; anything else is ignored
    // (a frame with no window yet matches no sender: null is never our frame).
    const frame = iframe.contentWindow;
    if (event.origin !== platformOrigin || !frame || event.source !== frame) return;
    const data = event.data as { source?: unknown; type?: unknown; height?: unknown; detail?: unknown } | null;
    if (!data || data.source !== "jeton" || typeof data.type !== "string") return;
    if (data.type === "resize") {
      const height = Number(data.height);
      if (Number.isFinite(height) && height > 0) iframe.style.height = `${Math.min(Math.ceil(height), MAX_HEIGHT)}px`;
      return;
    }
    if ((EVENTS as string[]).includes(data.type)) {
      const detail = data.detail && typeof data.detail === "object" ? (data.detail as Record<string, unknown>) : {};
      emit(data.type as SmartFormEvent, detail);
    }
  };
  host.addEventListener("message", onMessage);
  element.appendChild(iframe);

  const form: SmartForm = {
    iframe,
    on(event, handler) {
      handlers.get(event)?.add(handler);
      return form;
    },
    off(event, handler) {
      handlers.get(event)?.delete(handler);
      return form;
    },
    destroy() {
      host.removeEventListener("message", onMessage);
      iframe.remove();
    },
  };
  return form;
}

/**
 * Jeton.mountSmartForm(element, { paymentRequest }): the hosted card form in
 * an iframe that sizes itself to its content and reports `ready`, `change`,
 * `success` and `error`. The card never touches the merchant's page.
 */
export function mountSmartForm(target: HTMLElement | string, options: MountSmartFormOptions): SmartForm {
  const element = typeof target === "string" ? document.querySelector<HTMLElement>(target) : target;
  if (!element) throw new JetonError("missing_element");
  return createSmartForm(
    {
      origin: window.location.origin,
      createIframe: () => document.createElement("iframe"),
      addEventListener: (type, listener) => window.addEventListener(type, listener),
      removeEventListener: (type, listener) => window.removeEventListener(type, listener),
    },
    element,
    options,
  );
}
