import { type Database, schema } from "@jeton/db";
import { asc, isNull } from "drizzle-orm";
import { scopedWhere } from "../scope";
import type { KeyKind, Mode } from "./create-api-key";

export interface ApiKeyView {
  id: string;
  kind: KeyKind;
  mode: Mode;
  /** The publishable key in full (it is public by design); null for a secret key. */
  publishableKey: string | null;
  /** e.g. `sk_test_abc…wxyz`: enough to recognise a key, never enough to use it. */
  redacted: string;
  createdAt: string;
}

/** The merchant's working (not revoked) API keys in one mode, oldest first. */
export async function listApiKeys({ db }: { db: Database }, { merchantId, mode }: { merchantId: string; mode: Mode }): Promise<ApiKeyView[]> {
  const rows = await db
    .select()
    .from(schema.apiKeys)
    .where(scopedWhere(schema.apiKeys, { merchantId, mode }, isNull(schema.apiKeys.revokedAt)))
    .orderBy(asc(schema.apiKeys.createdAt), asc(schema.apiKeys.id));
  return rows.map((row) => ({
    id: row.id,
    kind: row.kind,
    mode: row.mode,
    publishableKey: row.kind === "publishable" ? row.publishableKey : null,
    redacted: row.redacted,
    createdAt: row.createdAt.toISOString(),
  }));
}
