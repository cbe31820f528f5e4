import { type Database, schema } from "@jeton/db";
import { and, eq } from "drizzle-orm";
import { AppError } from "../errors";
import type { Mode } from "./create-api-key";

/** Unregisters a browser origin from one mode: token.js and the Smart Form stop working from it there at once. */
export async function removeMerchantOrigin({ db }: { db: Database }, { merchantId, mode }: { merchantId: string; mode: Mode }, origin: string): Promise<void> {
  const { merchantOrigins } = schema;
  const deleted = await db
    .delete(merchantOrigins)
    .where(and(eq(merchantOrigins.merchantId, merchantId), eq(merchantOrigins.mode, mode), eq(merchantOrigins.origin, origin)))
    .returning({ origin: merchantOrigins.origin });
  if (deleted.length === 0) throw new AppError("resource_not_found", `No such allowed origin: ${origin.slice(0, 200)}`, { param: "origin" });
}
