import { addMerchantUrls, type Mode } from "@jeton/core";
import { schema } from "@jeton/db";
import { and, eq } from "drizzle-orm";
import { withPlatform } from "../open-platform";

/** `jeton merchants add-urls --merchant mer_… [--origin URL]... [--return-url URL]... [--mode test|live]`: prints what that mode has registered now. */
export async function addMerchantUrlsCommand(args: { merchantId: string; mode: Mode; origins: string[]; returnUrls: string[] }): Promise<void> {
  const { merchantOrigins, merchantReturnUrls } = schema;
  const registered = await withPlatform(async ({ db }) => {
    const [merchant] = await db.select({ id: schema.merchants.id }).from(schema.merchants).where(eq(schema.merchants.id, args.merchantId));
    if (!merchant) throw new Error(`No such merchant: ${args.merchantId}`);
    await addMerchantUrls({ db }, args.merchantId, { mode: args.mode, origins: args.origins, returnUrls: args.returnUrls });
    const origins = await db
      .select({ origin: merchantOrigins.origin })
      .from(merchantOrigins)
      .where(and(eq(merchantOrigins.merchantId, args.merchantId), eq(merchantOrigins.mode, args.mode)));
    const returnUrls = await db
      .select({ urlPrefix: merchantReturnUrls.urlPrefix })
      .from(merchantReturnUrls)
      .where(and(eq(merchantReturnUrls.merchantId, args.merchantId), eq(merchantReturnUrls.mode, args.mode)));
    return { merchantId: args.merchantId, mode: args.mode, origins: origins.map((o) => o.origin).sort(), returnUrls: returnUrls.map((r) => r.urlPrefix).sort() };
  });
  process.stdout.write(`${JSON.stringify(registered)}\n`);
}
