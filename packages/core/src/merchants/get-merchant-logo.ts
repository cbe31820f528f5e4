import { type Database, schema } from "@jeton/db";
import { and, eq } from "drizzle-orm";
import type { LogoType } from "./detect-logo-type";

/** The stored logo of a merchant, only if `sha256` names its current version (an old URL answers nothing). */
export async function getMerchantLogo(
  { db }: { db: Database },
  { merchantId, sha256 }: { merchantId: string; sha256: string },
): Promise<{ contentType: LogoType; data: Buffer } | null> {
  if (!/^[0-9a-f]{64}$/.test(sha256) || merchantId.length > 100) return null;
  const [row] = await db
    .select({ contentType: schema.merchantLogos.contentType, data: schema.merchantLogos.data })
    .from(schema.merchantLogos)
    .where(and(eq(schema.merchantLogos.merchantId, merchantId), eq(schema.merchantLogos.sha256, sha256)));
  return row ? { contentType: row.contentType as LogoType, data: row.data } : null;
}
