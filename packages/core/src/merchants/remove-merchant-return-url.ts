import { type Database, schema } from "@jeton/db";
import { and, eq } from "drizzle-orm";
import { AppError } from "../errors";

/** Unregisters a return URL prefix: new payment requests can no longer send shoppers back under it. */
export async function removeMerchantReturnUrl({ db }: { db: Database }, merchantId: string, urlPrefix: string): Promise<void> {
  const deleted = await db
    .delete(schema.merchantReturnUrls)
    .where(and(eq(schema.merchantReturnUrls.merchantId, merchantId), eq(schema.merchantReturnUrls.urlPrefix, urlPrefix)))
    .returning({ urlPrefix: schema.merchantReturnUrls.urlPrefix });
  if (deleted.length === 0) throw new AppError("resource_not_found", `No such return URL: ${urlPrefix.slice(0, 200)}`, { param: "returnUrl" });
}
