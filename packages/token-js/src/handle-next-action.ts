import { getApiBase } from "./config";
import { errorFromResponse } from "./error-from-response";
import { JetonError } from "./jeton-error";
import { resolveLocale } from "./messages";

export interface NextActionResult {
  /** The transaction's status once the challenge is over: `authorized`, `captured`, `declined`, `authentication_failed`, `expired`. */
  status: string;
  transactionId: string;
  declineCode?: string;
}

export interface HandleNextActionOptions {
  /** When given, must be the transaction the client secret belongs to. */
  transactionId?: string;
  /** Language of the challenge page; the page's `<html lang>` otherwise. */
  locale?: "fr" | "en" | "ar";
}

/** The window and document parts handleNextAction needs (a fake in unit tests). */
export interface NextActionHost {
  /** The merchant page's origin: the only one the challenge will talk to. */
  origin: string;
  apiBase: string | undefined;
  fetch(url: string): Promise<Response>;
  /**
   * Shows the challenge frame in a modal: `close` removes it and gives the page back, `frame` is the
   * frame's window, the only one (with the frames inside it) whose messages are listened to.
   */
  openModal(src: string, title: string): ChallengeModal;
  addEventListener(type: "message", listener: (event: MessageEvent) => void): void;
  removeEventListener(type: "message", listener: (event: MessageEvent) => void): void;
  setInterval(callback: () => void, ms: number): number;
  clearInterval(id: number): void;
}

export interface ChallengeModal {
  close(): void;
  frame(): Window | null;
}

/** The document parts the modal needs. */
export interface ModalDocument {
  body: HTMLElement;
  activeElement: Element | null;
  createElement(tag: string): HTMLElement;
  addEventListener(type: "keydown", listener: (event: KeyboardEvent) => void, capture: boolean): void;
  removeEventListener(type: "keydown", listener: (event: KeyboardEvent) => void, capture: boolean): void;
}

/** `tx_…_secret_<64 hex>` (see the API): the transaction id is the part before `_secret_`. */
const CLIENT_SECRET = /^(tx_[A-Za-z0-9_-]{16,64})_secret_[0-9a-f]{64}$/;
/** A lost message or a challenge left to expire still ends the wait. */
const POLL_MS = 15_000;
const TITLES = { en: "Verification by your bank", fr: "Vérification par votre banque" };

interface StatusBody {
  status?: unknown;
  declineCode?: unknown;
}

function resultOf(body: StatusBody, transactionId: string): NextActionResult {
  const result: NextActionResult = { status: String(body.status), transactionId };
  if (typeof body.declineCode === "string") result.declineCode = body.declineCode;
  return result;
}

/**
 * A modal dialog holding the challenge frame. The page behind becomes inert
 * (out of reach of the keyboard and of screen readers) and focus moves into
 * the frame; Escape is swallowed rather than closing: the bank's page has
 * its own Cancel, and closing would only hide a payment still in progress.
 */
export function openModal(doc: ModalDocument, src: string, title: string): ChallengeModal {
  const overlay = doc.createElement("div");
  overlay.setAttribute(
    "style",
    "position:fixed;inset:0;z-index:2147483647;display:flex;align-items:center;justify-content:center;background:rgba(0,0,0,.55)",
  );
  const dialog = doc.createElement("div");
  dialog.setAttribute("role", "dialog");
  dialog.setAttribute("aria-modal", "true");
  dialog.setAttribute("aria-label", title);
  dialog.setAttribute("style", "background:#fff;border-radius:8px;overflow:hidden;width:min(500px,calc(100vw - 16px));height:min(640px,calc(100vh - 16px))");
  const iframe = doc.createElement("iframe");
  iframe.setAttribute("title", title);
  iframe.setAttribute("src", src);
  iframe.setAttribute("style", "border:0;width:100%;height:100%;display:block");
  dialog.appendChild(iframe);
  overlay.appendChild(dialog);

  const previous = doc.activeElement as HTMLElement | null;
  const madeInert = Array.from(doc.body.children).filter((element) => !element.hasAttribute("inert"));
  for (const element of madeInert) element.setAttribute("inert", "");
  doc.body.appendChild(overlay);
  iframe.focus();
  const onKey = (event: KeyboardEvent) => {
    if (event.key !== "Escape") return;
    event.preventDefault();
    event.stopPropagation();
  };
  doc.addEventListener("keydown", onKey, true);

  return {
    close: () => {
      doc.removeEventListener("keydown", onKey, true);
      overlay.remove();
      for (const element of madeInert) element.removeAttribute("inert");
      if (previous && typeof previous.focus === "function") previous.focus();
    },
    frame: () => (iframe as HTMLIFrameElement).contentWindow,
  };
}

/**
 * Whether a message comes from the challenge frame or a frame inside it: the
 * outcome is posted by the 3DS notification page, which sits in the bank's
 * frame inside the challenge page (or by the challenge page itself). A
 * window's `parent` can be read across origins. Two levels are enough; a
 * window that is its own parent is a top-level one.
 */
function isFromFrame(source: MessageEventSource | null, frame: Window | null): boolean {
  if (!frame || !source) return false;
  let candidate = source as Window;
  for (let level = 0; level < 3; level += 1) {
    if (candidate === frame) return true;
    const parent = candidate.parent;
    if (!parent || parent === candidate) return false;
    candidate = parent;
  }
  return false;
}

export async function runNextAction(host: NextActionHost, clientSecret: string, options: HandleNextActionOptions = {}): Promise<NextActionResult> {
  const transactionId = CLIENT_SECRET.exec(typeof clientSecret === "string" ? clientSecret : "")?.[1];
  if (!transactionId || (options.transactionId !== undefined && options.transactionId !== transactionId)) {
    throw new JetonError("invalid_client_secret");
  }
  if (!host.apiBase) throw new JetonError("missing_api_base");
  const base = host.apiBase.replace(/\/+$/, "");
  const platformOrigin = new URL(base).origin;
  const secretQuery = `client_secret=${encodeURIComponent(clientSecret)}`;

  const readStatus = async (): Promise<StatusBody> => {
    let response: Response;
    try {
      response = await host.fetch(`${base}/api/v1/transactions/${transactionId}/status?${secretQuery}`);
    } catch {
      throw new JetonError("network_error");
    }
    if (!response.ok) throw await errorFromResponse(response, "combined");
    return (await response.json()) as StatusBody;
  };

  // Asked first: a wrong secret fails here, and a transaction already decided needs no modal.
  const first = await readStatus();
  if (first.status !== "requires_action") return resultOf(first, transactionId);

  const locale = options.locale ?? resolveLocale();
  const src = `${base}/three-ds/${transactionId}?${secretQuery}&origin=${encodeURIComponent(host.origin)}&lang=${locale}`;
  return new Promise((resolve) => {
    let timer = 0;
    let modal: ChallengeModal | null = null;
    const finish = (body: StatusBody) => {
      host.removeEventListener("message", onMessage);
      host.clearInterval(timer);
      modal?.close();
      modal = null;
      resolve(resultOf(body, transactionId));
    };
    const onMessage = (event: MessageEvent) => {
      // Only the platform's pages in this modal's frame speak for the transaction: the same
      // origin in another window (a popup, another frame of the platform) is ignored.
      if (event.origin !== platformOrigin || !modal || !isFromFrame(event.source, modal.frame())) return;
      const data = event.data as { source?: unknown; type?: unknown; transactionId?: unknown } & StatusBody;
      if (!data || data.source !== "jeton" || data.type !== "three_ds_complete" || data.transactionId !== transactionId) return;
      finish(data);
    };
    host.addEventListener("message", onMessage);
    timer = host.setInterval(() => {
      readStatus().then(
        (body) => {
          if (body.status !== "requires_action") finish(body);
        },
        () => undefined,
      );
    }, POLL_MS);
    modal = host.openModal(src, TITLES[locale === "fr" ? "fr" : "en"]);
  });
}

/**
 * Jeton.handleNextAction(clientSecret): runs the 3-D Secure challenge of a
 * transaction the merchant's server created (`status: "requires_action"`),
 * in a modal over the page, and resolves with the final status. The platform
 * address comes from where token.js was loaded (or setPublishableKey's
 * apiBase); no key is needed, the client secret is the credential.
 */
export function handleNextAction(clientSecret: string, options?: HandleNextActionOptions): Promise<NextActionResult> {
  return runNextAction(
    {
      origin: window.location.origin,
      apiBase: getApiBase(),
      fetch: (url) => fetch(url, { credentials: "omit", mode: "cors" }),
      openModal: (src, title) => openModal(document, src, title),
      addEventListener: (type, listener) => window.addEventListener(type, listener),
      removeEventListener: (type, listener) => window.removeEventListener(type, listener),
      setInterval: (callback, ms) => window.setInterval(callback, ms),
      clearInterval: (id) => window.clearInterval(id),
    },
    clientSecret,
    options,
  );
}
