import { type Database, schema } from "@jeton/db";
import { and, eq } from "drizzle-orm";
import { AppError } from "../errors";

/** Unregisters a browser origin: token.js and the Smart Form stop working from it at once. */
export async function removeMerchantOrigin({ db }: { db: Database }, merchantId: string, origin: string): Promise<void> {
  const deleted = await db
    .delete(schema.merchantOrigins)
    .where(and(eq(schema.merchantOrigins.merchantId, merchantId), eq(schema.merchantOrigins.origin, origin)))
    .returning({ origin: schema.merchantOrigins.origin });
  if (deleted.length === 0) throw new AppError("resource_not_found", `No such allowed origin: ${origin.slice(0, 200)}`, { param: "origin" });
}
