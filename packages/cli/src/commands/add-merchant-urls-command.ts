import { addMerchantUrls } from "@jeton/core";
import { schema } from "@jeton/db";
import { eq } from "drizzle-orm";
import { withPlatform } from "../open-platform";

/** `jeton merchants add-urls --merchant mer_… [--origin URL]... [--return-url URL]...`: prints what is registered now. */
export async function addMerchantUrlsCommand(args: { merchantId: string; origins: string[]; returnUrls: string[] }): Promise<void> {
  const registered = await withPlatform(async ({ db }) => {
    const [merchant] = await db.select({ id: schema.merchants.id }).from(schema.merchants).where(eq(schema.merchants.id, args.merchantId));
    if (!merchant) throw new Error(`No such merchant: ${args.merchantId}`);
    await addMerchantUrls({ db }, args.merchantId, { origins: args.origins, returnUrls: args.returnUrls });
    const origins = await db.select({ origin: schema.merchantOrigins.origin }).from(schema.merchantOrigins).where(eq(schema.merchantOrigins.merchantId, args.merchantId));
    const returnUrls = await db
      .select({ urlPrefix: schema.merchantReturnUrls.urlPrefix })
      .from(schema.merchantReturnUrls)
      .where(eq(schema.merchantReturnUrls.merchantId, args.merchantId));
    return { merchantId: args.merchantId, origins: origins.map((o) => o.origin).sort(), returnUrls: returnUrls.map((r) => r.urlPrefix).sort() };
  });
  process.stdout.write(`${JSON.stringify(registered)}\n`);
}
