// The merchant's style for the Fields frames. Only allowlisted properties with
// values of a strict shape get through, and the frame applies them one by one
// through the CSSOM (style.setProperty): no merchant text is ever parsed as CSS.
// Shared by token.js (to refuse early, in the merchant's console) and the frame
// (which trusts nothing it receives and checks again).

export type StyleProperty =
  | "color"
  | "fontFamily"
  | "fontSize"
  | "fontWeight"
  | "letterSpacing"
  | "lineHeight"
  | "padding"
  | "textAlign";

export type StyleDeclarations = Partial<Record<StyleProperty, string>>;
export type StyleBlock = StyleDeclarations & { "::placeholder"?: StyleDeclarations; ":focus"?: StyleDeclarations };
export type StyleVariant = "base" | "invalid" | "complete";
export type FieldsStyle = Partial<Record<StyleVariant, StyleBlock>>;

export interface FontSource {
  family: string;
  src: string;
  weight?: string;
}

const length = "\\d{1,3}(?:\\.\\d{1,3})?(?:px|em|rem|%)";
const family = "(?:\"[A-Za-z0-9 _-]{1,64}\"|'[A-Za-z0-9 _-]{1,64}'|[A-Za-z][A-Za-z0-9 _-]{0,63})";

/** camelCase name → the check its value must pass. */
const allowed: Record<StyleProperty, RegExp> = {
  color: /^(?:#(?:[0-9a-f]{3,4}|[0-9a-f]{6}|[0-9a-f]{8})|(?:rgba?|hsla?)\([\d.%\s,/+-]{1,60}\)|[a-z]{3,20})$/i,
  fontFamily: new RegExp(`^${family}(?:\\s*,\\s*${family}){0,5}$`),
  fontSize: new RegExp(`^${length}$`),
  fontWeight: /^(?:normal|bold|lighter|bolder|[1-9]00)$/,
  letterSpacing: /^(?:normal|0|-?\d{1,2}(?:\.\d{1,3})?(?:px|em|rem))$/,
  lineHeight: new RegExp(`^(?:normal|\\d{1,2}(?:\\.\\d{1,3})?|${length})$`),
  padding: new RegExp(`^(?:(?:0|${length})(?:\\s+|$)){1,4}$`),
  textAlign: /^(?:left|right|center|start|end)$/,
};

export const styleProperties = Object.keys(allowed) as StyleProperty[];
const variants: StyleVariant[] = ["base", "invalid", "complete"];
const pseudos = ["::placeholder", ":focus"] as const;

export function cssName(property: StyleProperty): string {
  return property.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function own(object: Record<string, unknown>): string[] {
  return Object.keys(object);
}

/** A refused part of a style: where it was and why. token.js turns it into a console message. */
export interface StyleProblem {
  where: string;
  kind: "property" | "value" | "object" | "variant";
  value?: unknown;
}

function declarations(input: Record<string, unknown>, where: string, problems: StyleProblem[], nested: boolean): StyleBlock {
  const out: StyleBlock = {};
  for (const key of own(input)) {
    const value = input[key];
    const at = `${where}.${key}`;
    if (nested && (key === "::placeholder" || key === ":focus")) {
      if (isObject(value)) out[key] = declarations(value, at, problems, false);
      else problems.push({ where: at, kind: "object" });
    } else if (!Object.prototype.hasOwnProperty.call(allowed, key)) {
      problems.push({ where: at, kind: "property" });
    } else {
      const text = typeof value === "number" && key === "fontWeight" ? String(value) : value;
      if (typeof text === "string" && allowed[key as StyleProperty].test(text.trim())) out[key as StyleProperty] = text.trim();
      else problems.push({ where: at, kind: "value", value });
    }
  }
  return out;
}

/** Keeps what is allowed and lists what was refused. */
export function sanitizeStyle(style: unknown): { style: FieldsStyle; problems: StyleProblem[] } {
  const problems: StyleProblem[] = [];
  const out: FieldsStyle = {};
  if (style === undefined || style === null) return { style: out, problems };
  if (!isObject(style)) return { style: out, problems: [{ where: "style", kind: "object" }] };
  for (const key of own(style)) {
    const block = style[key];
    if (!(variants as string[]).includes(key)) problems.push({ where: key, kind: "variant" });
    else if (!isObject(block)) problems.push({ where: key, kind: "object" });
    else out[key as StyleVariant] = declarations(block, key, problems, true);
  }
  return { style: out, problems };
}

/** A per-field style overrides the group's, property by property. */
export function mergeStyles(group: FieldsStyle, field: FieldsStyle): FieldsStyle {
  const out: FieldsStyle = {};
  for (const variant of variants) {
    const a = group[variant];
    const b = field[variant];
    if (!a && !b) continue;
    const block: StyleBlock = { ...a, ...b };
    for (const pseudo of pseudos) {
      if (a?.[pseudo] || b?.[pseudo]) block[pseudo] = { ...a?.[pseudo], ...b?.[pseudo] };
    }
    out[variant] = block;
  }
  return out;
}

function plain(block: StyleBlock | undefined): StyleDeclarations {
  const out: StyleDeclarations = {};
  for (const property of styleProperties) if (block?.[property]) out[property] = block[property];
  return out;
}

/** The declarations in force for a state: base, then the state's, each followed by its :focus when focused. */
export function resolveStyle(
  style: FieldsStyle,
  state: { invalid: boolean; complete: boolean; focused: boolean },
): { input: StyleDeclarations; placeholder: StyleDeclarations } {
  const layers = [style.base, state.invalid ? style.invalid : state.complete ? style.complete : undefined];
  const input: StyleDeclarations = {};
  const placeholder: StyleDeclarations = {};
  for (const layer of layers) {
    Object.assign(input, plain(layer));
    if (state.focused) Object.assign(input, plain(layer?.[":focus"]));
    Object.assign(placeholder, plain(layer?.["::placeholder"]));
  }
  return { input, placeholder };
}

/**
 * Fonts load only from an origin the merchant registered for its key (the
 * frame's CSP font-src says the same); the URL is re-serialised by the URL
 * parser, which percent-encodes quotes, before it goes into url("…").
 */
export function checkFont(font: unknown, registeredOrigins: string[]): { font?: FontSource; error?: string } {
  const f = (isObject(font) ? font : {}) as Record<string, unknown>;
  let url: URL | undefined;
  try {
    url = new URL(String(f.src));
  } catch {
    url = undefined;
  }
  if (typeof f.family !== "string" || !new RegExp(`^${family}$`).test(f.family) || /["']/.test(f.family) || !url) {
    return { error: "a font needs a family name and an absolute src URL." };
  }
  if (!registeredOrigins.includes(url.origin)) {
    return { error: `font ${url.href} refused: not from an origin registered for this key.` };
  }
  const weight = typeof f.weight === "string" && allowed.fontWeight.test(f.weight) ? f.weight : undefined;
  return { font: { family: f.family, src: url.href, ...(weight ? { weight } : {}) } };
}
