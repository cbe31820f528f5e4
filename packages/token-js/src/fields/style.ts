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

function declarations(input: Record<string, unknown>, where: string, errors: string[], nested: boolean): StyleBlock {
  const out: StyleBlock = {};
  for (const key of own(input)) {
    const value = input[key];
    if (nested && (key === "::placeholder" || key === ":focus")) {
      if (isObject(value)) out[key] = declarations(value, `${where}["${key}"]`, errors, false);
      else errors.push(`style ${where}["${key}"] must be an object.`);
      continue;
    }
    if (!Object.prototype.hasOwnProperty.call(allowed, key)) {
      errors.push(`style ${where}.${key} is not allowed. Allowed: ${styleProperties.join(", ")}${nested ? ', "::placeholder", ":focus"' : ""}.`);
      continue;
    }
    const text = typeof value === "number" && key === "fontWeight" ? String(value) : value;
    if (typeof text !== "string" || !allowed[key as StyleProperty].test(text.trim())) {
      errors.push(`style ${where}.${key}: ${JSON.stringify(value)} is not an accepted value.`);
      continue;
    }
    out[key as StyleProperty] = text.trim();
  }
  return out;
}

/** Keeps what is allowed and says, for the console, what was refused. */
export function sanitizeStyle(style: unknown): { style: FieldsStyle; errors: string[] } {
  const errors: string[] = [];
  const out: FieldsStyle = {};
  if (style === undefined || style === null) return { style: out, errors };
  if (!isObject(style)) return { style: out, errors: ["style must be an object such as { base: { color: \"#222\" } }."] };
  for (const key of own(style)) {
    const block = style[key];
    if (!(variants as string[]).includes(key)) {
      errors.push(`style.${key} is not a style variant. Use base, invalid or complete.`);
    } else if (!isObject(block)) {
      errors.push(`style.${key} must be an object.`);
    } else {
      out[key as StyleVariant] = declarations(block, key, errors, true);
    }
  }
  return { style: out, errors };
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
  if (!isObject(font) || typeof font.family !== "string" || typeof font.src !== "string") {
    return { error: "fonts entries look like { family: \"Brand Sans\", src: \"https://your-site/fonts/brand.woff2\" }." };
  }
  if (!new RegExp(`^${family}$`).test(font.family) || /["']/.test(font.family)) return { error: `font family ${JSON.stringify(font.family)} is not accepted.` };
  let url: URL;
  try {
    url = new URL(font.src);
  } catch {
    return { error: `font src ${JSON.stringify(font.src)} is not an absolute URL.` };
  }
  if (!registeredOrigins.includes(url.origin)) {
    return { error: `font ${url.href} is refused: fonts load only from an origin registered for this key (${registeredOrigins.join(", ") || "none"}).` };
  }
  const weight = typeof font.weight === "string" && allowed.fontWeight.test(font.weight) ? font.weight : undefined;
  return { font: { family: font.family, src: url.href, ...(weight ? { weight } : {}) } };
}
