// Jeton.fields(): the card inputs live in iframes served by the platform, so
// the merchant's page (and every script on it) never holds a card value: the
// PCI DSS SAQ A integration with the merchant's own layout and style.
import { getConfig } from "../config";
import { fieldForParam } from "../field-for-param";
import { JetonError } from "../jeton-error";
import { resolveLocale, type Locale } from "../messages";
import type { CardToken } from "../types";
import { fieldTypes, PREFIX, toChangeEvent, type FieldChangeEvent, type FieldEventName, type FieldType, type FrameInit } from "./protocol";
import { mergeStyles, sanitizeStyle, type FieldsStyle, type FontSource } from "./style";
import { describeStyleProblem } from "./style-problems";

export interface FieldsOptions {
  locale?: Locale;
  style?: FieldsStyle;
  /** Web fonts, each from an origin registered for the key: { family, src, weight? }. */
  fonts?: FontSource[];
}

export interface FieldOptions {
  placeholder?: string;
  style?: FieldsStyle;
  ariaLabel?: string;
}

type Handler = (event: FieldChangeEvent | undefined) => void;

export interface Field {
  readonly type: FieldType;
  mount(target: string | HTMLElement): Field;
  on(name: FieldEventName, handler: Handler): Field;
  focus(): void;
  clear(): void;
  destroy(): void;
}

export interface Fields {
  create(type: FieldType, options?: FieldOptions): Field;
  createToken(): Promise<CardToken>;
}

/** The one place token.js writes to the console: integration mistakes, never card data (it has none). */
export function report(message: string): void {
  console.error(`Jeton Fields: ${message}`);
}

const READY_TIMEOUT_MS = 10_000;
const TOKENIZE_TIMEOUT_MS = 30_000;

function labelFor(element: HTMLElement): string {
  const labelledBy = element.getAttribute("aria-labelledby");
  const byId = labelledBy ? document.getElementById(labelledBy) : null;
  const label = byId ?? (element.id ? document.querySelector(`label[for="${CSS.escape(element.id)}"]`) : null);
  return (label?.textContent ?? element.getAttribute("aria-label") ?? "").replace(/\s+/g, " ").trim();
}

export function createFields(options: FieldsOptions = {}): Fields {
  const config = getConfig();
  if (!config) throw new JetonError("missing_publishable_key", { locale: options.locale });
  const { publishableKey } = config;
  const platform = new URL(config.apiBase).origin;
  const group = Math.random().toString(36).slice(2) + Date.now().toString(36);
  const groupStyle = checked(options.style);
  const mounted = new Map<FieldType, { frame: HTMLIFrameElement; ready: boolean }>();
  const waiting = new Map<number, { resolve: (token: CardToken) => void; reject: (error: JetonError) => void }>();
  const handlers = new Map<FieldType, Map<FieldEventName, Handler[]>>();
  let nextId = 1;

  function checked(style: unknown): FieldsStyle {
    const result = sanitizeStyle(style);
    for (const problem of result.problems) report(describeStyleProblem(problem));
    return result.style;
  }

  function emit(type: FieldType, name: FieldEventName, payload?: FieldChangeEvent): void {
    for (const handler of handlers.get(type)?.get(name) ?? []) handler(payload);
  }

  window.addEventListener("message", (event: MessageEvent) => {
    // Only the platform's frames, and only the ones this group created.
    if (event.origin !== platform) return;
    const data = event.data as { type?: unknown; [key: string]: unknown } | null;
    if (!data || typeof data.type !== "string" || !data.type.startsWith(PREFIX)) return;
    const entry = [...mounted].find(([, m]) => m.frame.contentWindow === event.source);
    if (!entry) return;
    const [type, field] = entry;
    const name = data.type.slice(PREFIX.length);
    const container = field.frame.parentElement;
    if (name === "refused" || name === "warn") report(String(data.message));
    if (name === "resize" && typeof data.height === "number" && data.height > 0 && data.height < 1000) field.frame.style.height = `${data.height}px`;
    if (name === "event" && typeof data.name === "string") {
      const eventName = data.name as FieldEventName;
      if (eventName === "ready") field.ready = true;
      if (eventName === "change") {
        const change = toChangeEvent(data.payload);
        container?.classList.toggle("jeton-field--empty", change.empty);
        container?.classList.toggle("jeton-field--complete", change.complete);
        container?.classList.toggle("jeton-field--invalid", change.error !== null);
        emit(type, "change", change);
      } else if (eventName === "ready" || eventName === "focus" || eventName === "blur") {
        container?.classList.toggle("jeton-field--focus", eventName === "focus");
        emit(type, eventName);
      }
    }
    if (name === "result" && type === "number" && typeof data.id === "number") {
      const pending = waiting.get(data.id);
      waiting.delete(data.id);
      const error = data.error as { code?: unknown; param?: unknown; status?: unknown } | undefined;
      if (!pending) return;
      if (error) {
        pending.reject(
          new JetonError(typeof error.code === "string" ? error.code : "internal_error", {
            field: fieldForParam(typeof error.param === "string" ? error.param : undefined, "combined"),
            status: typeof error.status === "number" ? error.status : undefined,
            locale: options.locale,
          }),
        );
      } else pending.resolve(data.token as CardToken);
    }
  });

  function create(type: FieldType, fieldOptions: FieldOptions = {}): Field {
    if (!fieldTypes.includes(type)) throw new TypeError(`Jeton.fields().create: unknown field type "${String(type)}" (${fieldTypes.join(", ")}).`);
    if (mounted.has(type)) throw new TypeError(`Jeton.fields().create: a "${type}" field already exists in this group.`);
    const style = mergeStyles(groupStyle, checked(fieldOptions.style));
    const own = new Map<FieldEventName, Handler[]>();
    handlers.set(type, own);
    let frame: HTMLIFrameElement | undefined;
    let label: HTMLLabelElement | null = null;
    const focusFrame = () => {
      frame?.focus();
      frame?.contentWindow?.postMessage({ type: `${PREFIX}focus` }, platform);
    };

    const field: Field = {
      type,
      mount(target) {
        const element = typeof target === "string" ? document.querySelector<HTMLElement>(target) : target;
        if (!element) throw new JetonError("missing_element", { locale: options.locale });
        const init: FrameInit = {
          group,
          label: fieldOptions.ariaLabel ?? labelFor(element),
          lang: resolveLocale(options.locale),
          dir: getComputedStyle(element).direction === "rtl" ? "rtl" : "ltr",
          style,
          ...(fieldOptions.placeholder !== undefined ? { placeholder: fieldOptions.placeholder } : {}),
          ...(options.fonts ? { fonts: options.fonts } : {}),
        };
        frame = document.createElement("iframe");
        // The values never travel in this URL: only the key, this page's origin and the presentation.
        frame.src = `${platform}/v1/fields/${type}?key=${encodeURIComponent(publishableKey)}&origin=${encodeURIComponent(location.origin)}&lang=${init.lang}#${encodeURIComponent(JSON.stringify(init))}`;
        frame.title = init.label;
        // Browser autofill: all the fields share the platform's origin, so a fill started
        // in any of them (the number field is the usual anchor) fills the others too; the
        // policy lets a fill started on the merchant's page reach them (docs/token-js.md).
        frame.setAttribute("allow", "autofill; shared-autofill");
        frame.setAttribute("scrolling", "no");
        frame.style.cssText = "border:0;width:100%;height:2.6em;display:block;overflow:hidden;background:transparent";
        element.classList.add("jeton-field", "jeton-field--empty");
        element.appendChild(frame);
        mounted.set(type, { frame, ready: false });
        // The merchant's <label for> points at the container: a click on it moves to the input.
        label = element.id ? document.querySelector(`label[for="${CSS.escape(element.id)}"]`) : null;
        label?.addEventListener("click", focusFrame);
        setTimeout(() => {
          if (mounted.get(type)?.frame === frame && !mounted.get(type)?.ready) {
            report(`the ${type} field did not load. Is ${location.origin} registered for this publishable key, and is the key valid?`);
          }
        }, READY_TIMEOUT_MS);
        return field;
      },
      on(name, handler) {
        own.set(name, [...(own.get(name) ?? []), handler]);
        return field;
      },
      focus: focusFrame,
      clear() {
        frame?.contentWindow?.postMessage({ type: `${PREFIX}clear` }, platform);
      },
      destroy() {
        label?.removeEventListener("click", focusFrame);
        frame?.parentElement?.classList.remove("jeton-field", "jeton-field--empty", "jeton-field--complete", "jeton-field--invalid", "jeton-field--focus");
        frame?.remove();
        if (mounted.get(type)?.frame === frame) mounted.delete(type);
        handlers.delete(type);
        frame = undefined;
      },
    };
    return field;
  }

  function createToken(): Promise<CardToken> {
    const number = mounted.get("number");
    if (!number?.ready || !number.frame.contentWindow) return Promise.reject(new JetonError("missing_field", { field: "number", locale: options.locale }));
    const id = nextId++;
    return new Promise<CardToken>((resolve, reject) => {
      waiting.set(id, { resolve, reject });
      number.frame.contentWindow?.postMessage({ type: `${PREFIX}tokenize`, id, wanted: [...mounted.keys()] }, platform);
      setTimeout(() => {
        if (waiting.delete(id)) reject(new JetonError("network_error", { locale: options.locale }));
      }, TOKENIZE_TIMEOUT_MS);
    });
  }

  return { create, createToken };
}
