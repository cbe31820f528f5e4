// The script of the Fields frames (/v1/fields/<type>, served by the platform):
// it alone holds the value of its input. It talks to the merchant page (the
// origin the server checked, in ?origin=) only in events without values, and to
// its sibling frames (the platform's own origin) to gather the card and
// tokenize it. No framework: the page and this script stay a few KB.
import type { CardBrand } from "@jeton/core/cards/validate-card";
import { formatCardNumber, formatExpiry, reformatKeepingCaret } from "@jeton/core/cards/format-card-number";
import { parseExpiry } from "@jeton/core/cards/parse-expiry";
import { tokenizeCard } from "../tokenize-card";
import { cvcCheck, expiryCheck, fieldState, holderCheck, numberCheck } from "./field-state";
import { PREFIX, type FieldChangeEvent, type FieldType, type FrameInit } from "./protocol";
import { checkFont, cssName, resolveStyle, sanitizeStyle, styleProperties } from "./style";

// Set by build.mjs: each field page has its own bundle, and the minifier drops the other types' code.
declare const __FIELD_TYPE__: FieldType;

interface Message {
  [key: string]: unknown;
  type: string;
}

const body = document.body;
const parentOrigin = new URLSearchParams(location.search).get("origin") ?? "";

function toParent(message: Message, targetOrigin = parentOrigin): void {
  parent.postMessage({ ...message, type: PREFIX + message.type }, targetOrigin);
}

function readInit(): FrameInit {
  try {
    const value = JSON.parse(decodeURIComponent(location.hash.slice(1))) as FrameInit;
    if (value && typeof value === "object") return value;
  } catch {
    // fall through: defaults
  }
  return { group: "", label: "", lang: "en", dir: "ltr", style: undefined };
}

run();

function run(): void {
  const type = __FIELD_TYPE__;
  const check =
    __FIELD_TYPE__ === "number" ? numberCheck : __FIELD_TYPE__ === "expiry" ? expiryCheck : __FIELD_TYPE__ === "cvc" ? cvcCheck : holderCheck;
  const key = new URLSearchParams(location.search).get("key") ?? "";
  const data = JSON.parse(document.getElementById("c")?.textContent ?? "{}") as { origins: string[]; messages: Record<string, string> };
  const origins = data.origins;
  const init = readInit();
  const locale = init.lang === "fr" ? "fr" : "en";
  // The card errors' messages in the page's language, rendered by the platform.
  const message = (code: string) => data.messages[code] ?? code;
  const input = document.getElementById("i") as HTMLInputElement;
  const label = document.getElementById("l") as HTMLElement;
  const announce = document.getElementById("e") as HTMLElement;
  // token.js already refused (loudly) what is not allowed; this check is the one that counts.
  const { style } = sanitizeStyle(init.style);
  let brand: CardBrand = "unknown";
  let focused = false;
  let blurred = false;
  let state: FieldChangeEvent = fieldState(check, "", brand, { blurred, message });
  let pending: { id: number; values: Partial<Record<FieldType, string>>; wanted: string[]; done: () => void } | undefined;

  document.documentElement.lang = locale;
  document.documentElement.dir = init.dir === "rtl" ? "rtl" : "ltr";
  label.textContent = typeof init.label === "string" ? init.label.slice(0, 200) : "";
  if (typeof init.placeholder === "string") input.placeholder = init.placeholder.slice(0, 100);
  for (const font of Array.isArray(init.fonts) ? init.fonts : []) {
    const checked = checkFont(font, origins);
    if (!checked.font) {
      toParent({ type: "warn", message: checked.error });
      continue;
    }
    const face = new FontFace(checked.font.family, `url(${JSON.stringify(checked.font.src)})`, checked.font.weight ? { weight: checked.font.weight } : {});
    document.fonts.add(face);
    face.load().catch(() => toParent({ type: "warn", message: `font ${checked.font?.src} did not load.` }));
  }

  function applyStyle(): void {
    const resolved = resolveStyle(style, { invalid: state.error !== null, complete: state.complete, focused });
    for (const property of styleProperties) {
      const name = cssName(property);
      const value = resolved.input[property];
      const placeholder = resolved.placeholder[property];
      if (value) input.style.setProperty(name, value);
      else input.style.removeProperty(name);
      if (placeholder) input.style.setProperty(`--ph-${name}`, placeholder);
      else input.style.removeProperty(`--ph-${name}`);
    }
  }

  function siblings(): Window[] {
    const frames: Window[] = [];
    for (let i = 0; i < parent.frames.length; i++) if (parent.frames[i] !== window) frames.push(parent.frames[i] as Window);
    return frames;
  }

  function toSiblings(message: Message): void {
    for (const frame of siblings()) frame.postMessage({ ...message, type: PREFIX + message.type, group: init.group }, location.origin);
  }

  function update(): void {
    const next = fieldState(check, input.value, brand, { blurred, message });
    if (__FIELD_TYPE__ === "number" && next.brand !== brand) {
      brand = next.brand;
      toSiblings({ type: "brand", brand });
    }
    const changed = JSON.stringify(next) !== JSON.stringify(state);
    state = next;
    input.setAttribute("aria-invalid", String(state.error !== null));
    // Announced by the live region the input points at.
    announce.textContent = state.error ? state.error.message : "";
    applyStyle();
    if (changed) toParent({ type: "event", name: "change", payload: state });
  }

  input.addEventListener("input", () => {
    if (__FIELD_TYPE__ === "number" || __FIELD_TYPE__ === "expiry") {
      // Autofill may bring "12/2034": keep the month and the year's last two digits.
      const long = __FIELD_TYPE__ === "expiry" ? /^\s*(\d{1,2})\s*[/-]\s*\d{2}(\d{2})\s*$/.exec(input.value) : null;
      const raw = long ? `${long[1]?.padStart(2, "0")}${long[2]}` : input.value;
      const next = reformatKeepingCaret(raw, long ? null : input.selectionStart, __FIELD_TYPE__ === "number" ? formatCardNumber : formatExpiry);
      input.value = next.value;
      if (document.activeElement === input) input.setSelectionRange(next.caret, next.caret);
    } else if (__FIELD_TYPE__ === "cvc") {
      input.value = input.value.replace(/\D/g, "").slice(0, input.maxLength);
    }
    update();
  });
  input.addEventListener("focus", () => {
    focused = true;
    applyStyle();
    toParent({ type: "event", name: "focus", payload: null });
  });
  input.addEventListener("blur", () => {
    focused = false;
    blurred = true;
    toParent({ type: "event", name: "blur", payload: null });
    update();
  });

  // Only the number page tokenizes (the other pages' bundles drop this code).
  const tokenize =
    __FIELD_TYPE__ !== "number"
      ? undefined
      : async (id: number, wanted: string[]): Promise<void> => {
        const values: Partial<Record<FieldType, string>> = { number: input.value };
        await new Promise<void>((resolve) => {
          pending = { id, values, wanted, done: resolve };
          toSiblings({ type: "collect", id });
          // A sibling that does not answer is reported as a missing field by createToken.
          setTimeout(resolve, 3000);
          if (wanted.every((field) => field in values)) resolve();
        });
        pending = undefined;
        const { number = "", expiry, cvc, holder } = values;
        const missing = expiry === undefined ? "expMonth" : cvc === undefined ? "cvc" : undefined;
        const result = missing
          ? { error: { code: "missing_field", param: missing } }
          : await tokenizeCard(
              { publishableKey: key, apiBase: location.origin },
              { number, ...parseExpiry(expiry ?? ""), cvc: (cvc ?? "").trim(), holder: holder?.trim() || undefined, expiryLayout: "combined" },
            );
        toParent({ type: "result", id, ...result });
      };

  addEventListener("message", (event: MessageEvent) => {
    const data = event.data as Message | null;
    if (!data || typeof data.type !== "string" || !data.type.startsWith(PREFIX)) return;
    const name = data.type.slice(PREFIX.length);
    if (event.origin === parentOrigin && event.source === parent) {
      // Commands from token.js on the merchant page.
      if (name === "focus") input.focus();
      if (name === "clear") {
        input.value = "";
        blurred = false;
        update();
      }
      if (name === "tokenize" && tokenize && typeof data.id === "number") void tokenize(data.id, Array.isArray(data.wanted) ? (data.wanted as string[]) : []);
      return;
    }
    // Otherwise only a sibling Jeton frame of the same group, in the same page, is heard.
    const source = event.source as Window | null;
    if (event.origin !== location.origin || !source || source === window || source.parent !== parent || data.group !== init.group) return;
    if (name === "brand" && typeof data.brand === "string") {
      brand = data.brand as CardBrand;
      if (__FIELD_TYPE__ === "cvc") input.maxLength = brand === "amex" || brand === "unknown" ? 4 : 3;
      update();
    }
    if (name === "collect") source.postMessage({ type: `${PREFIX}value`, group: init.group, id: data.id, field: type, value: input.value }, location.origin);
    if (name === "value" && pending && data.id === pending.id && typeof data.field === "string" && typeof data.value === "string") {
      pending.values[data.field as FieldType] = data.value;
      if (pending.wanted.every((field) => field in pending!.values)) pending.done();
    }
  });

  // The iframe takes the height of its content (padding and font size are the merchant's).
  new ResizeObserver(() => toParent({ type: "resize", height: Math.ceil(document.documentElement.getBoundingClientRect().height) })).observe(
    document.documentElement,
  );
  applyStyle();
  toParent({ type: "event", name: "ready", payload: null });
}
