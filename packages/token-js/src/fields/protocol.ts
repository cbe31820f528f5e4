// The messages between token.js (merchant page), the Fields frames (platform
// origin) and the frames among themselves. Every sender names its target origin
// and every receiver checks event.origin and event.source.

import type { CardBrand } from "@jeton/core/cards/validate-card";

export type FieldType = "number" | "expiry" | "cvc" | "holder";
export const fieldTypes: FieldType[] = ["number", "expiry", "cvc", "holder"];
export type FieldEventName = "ready" | "focus" | "blur" | "change";

/** What a `change` handler receives: the state of the field, never its value. */
export interface FieldChangeEvent {
  empty: boolean;
  complete: boolean;
  brand: CardBrand;
  error: { code: string; message: string } | null;
}

/** What token.js hands a frame in its URL fragment (never sent to a server). */
export interface FrameInit {
  group: string;
  label: string;
  placeholder?: string;
  lang: "en" | "fr";
  dir: "ltr" | "rtl";
  style: unknown;
  fonts?: unknown;
}

export const PREFIX = "jeton-fields:";

/**
 * Rebuilds a change payload from a message, keeping exactly its four keys with
 * their types: whatever else a message carries never reaches the merchant's handler.
 */
export function toChangeEvent(data: unknown): FieldChangeEvent {
  const d = (typeof data === "object" && data !== null ? data : {}) as Record<string, unknown>;
  const e = (typeof d.error === "object" && d.error !== null ? d.error : null) as Record<string, unknown> | null;
  return {
    empty: d.empty === true,
    complete: d.complete === true,
    brand: (typeof d.brand === "string" && /^[a-z]{2,12}$/.test(d.brand) ? d.brand : "unknown") as CardBrand,
    error: e && typeof e.code === "string" ? { code: e.code, message: typeof e.message === "string" ? e.message : "" } : null,
  };
}
