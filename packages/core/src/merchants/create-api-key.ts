import { createHash, randomBytes } from "node:crypto";

export type { Mode } from "../scope";
import type { Mode } from "../scope";
export type KeyKind = "publishable" | "secret";

export function hashSecretKey(secretKey: string): string {
  return createHash("sha256").update(secretKey).digest("hex");
}

/** A new key in clear (to show once) and the row that stores it (a hash only, for secret keys). */
export function createApiKeyMaterial(kind: KeyKind, mode: Mode) {
  const key = `${kind === "publishable" ? "pk" : "sk"}_${mode}_${randomBytes(24).toString("base64url")}`;
  const redacted = `${key.slice(0, 8 + mode.length)}…${key.slice(-4)}`;
  return kind === "publishable"
    ? { key, row: { kind, mode, publishableKey: key, secretHash: null, redacted } }
    : { key, row: { kind, mode, publishableKey: null, secretHash: hashSecretKey(key), redacted } };
}
