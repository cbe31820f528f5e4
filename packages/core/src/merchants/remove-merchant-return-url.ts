import { type Database, schema } from "@jeton/db";
import { and, eq } from "drizzle-orm";
import { AppError } from "../errors";
import type { Mode } from "./create-api-key";

/** Unregisters a return URL prefix from one mode: new payment requests of that mode can no longer send shoppers back under it. */
export async function removeMerchantReturnUrl({ db }: { db: Database }, { merchantId, mode }: { merchantId: string; mode: Mode }, urlPrefix: string): Promise<void> {
  const { merchantReturnUrls } = schema;
  const deleted = await db
    .delete(merchantReturnUrls)
    .where(and(eq(merchantReturnUrls.merchantId, merchantId), eq(merchantReturnUrls.mode, mode), eq(merchantReturnUrls.urlPrefix, urlPrefix)))
    .returning({ urlPrefix: merchantReturnUrls.urlPrefix });
  if (deleted.length === 0) throw new AppError("resource_not_found", `No such return URL: ${urlPrefix.slice(0, 200)}`, { param: "returnUrl" });
}
