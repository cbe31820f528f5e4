import { type Database, schema } from "@jeton/db";
import { and, eq, isNull } from "drizzle-orm";
import { AppError } from "../errors";
import { hashSecretKey, type KeyKind, type Mode } from "./create-api-key";

export interface ApiKeyIdentity {
  keyId: string;
  merchantId: string;
  mode: Mode;
  kind: KeyKind;
}

const KEY_SHAPE = /^(pk|sk)_(test|live)_[A-Za-z0-9_-]{16,64}$/;

/** Checks what can be checked without the database: present, well formed, of the expected kind. */
export function checkApiKeyShape(key: string | undefined, expected: KeyKind): string {
  if (!key) {
    throw new AppError("authentication_required", "Send your API key as `Authorization: Bearer <key>`.");
  }
  const shape = KEY_SHAPE.exec(key);
  if (!shape) throw new AppError("invalid_api_key", "The API key is not valid.");
  const kind: KeyKind = shape[1] === "pk" ? "publishable" : "secret";
  if (kind !== expected) {
    throw new AppError(
      "wrong_key_kind",
      expected === "publishable"
        ? "This endpoint takes your publishable key (pk_…); never send a secret key from a browser."
        : "This endpoint takes your secret key (sk_…).",
    );
  }
  return key;
}

/** Resolves an API key of the expected kind to its merchant and mode. */
export async function authenticateApiKey(
  { db }: { db: Database },
  key: string | undefined,
  expected: KeyKind,
): Promise<ApiKeyIdentity> {
  const checked = checkApiKeyShape(key, expected);
  const kind = expected;
  const column = kind === "publishable" ? schema.apiKeys.publishableKey : schema.apiKeys.secretHash;
  const value = kind === "publishable" ? checked : hashSecretKey(checked);
  const [row] = await db
    .select({ id: schema.apiKeys.id, merchantId: schema.apiKeys.merchantId, mode: schema.apiKeys.mode })
    .from(schema.apiKeys)
    .where(and(eq(column, value), isNull(schema.apiKeys.revokedAt)))
    .limit(1);
  if (!row) throw new AppError("invalid_api_key", "The API key is not valid.");
  return { keyId: row.id, merchantId: row.merchantId, mode: row.mode, kind };
}
