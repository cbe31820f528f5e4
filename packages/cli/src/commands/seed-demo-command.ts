import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { addMerchantUrls, createMerchant, createWebhookEndpoint, type CreatedMerchant } from "@jeton/core";
import { schema } from "@jeton/db";
import { eq } from "drizzle-orm";
import { withPlatform } from "../open-platform";

export interface SeedDemoArgs {
  /** Where the demo shop's configuration (its keys) is written, like a merchant's own secrets file. */
  out: string;
  origins: string[];
  returnUrls: string[];
  /** The shop's webhook receiver; its whsec_ secret is saved in the file. */
  webhookUrl?: string | undefined;
}

export interface DemoMerchantFile extends CreatedMerchant {
  webhook?: { endpointId: string; url: string; secret: string };
}

/**
 * `jeton seed demo`: creates the demo merchant once. Its secret keys exist in
 * clear only in the file written here (the database keeps hashes), so the file
 * is reused as long as the merchant it names still exists.
 */
export async function seedDemoCommand(args: SeedDemoArgs): Promise<void> {
  const merchant = await withPlatform(async (platform) => {
    const { db } = platform;
    let saved: DemoMerchantFile | undefined;
    let reused = false;
    if (existsSync(args.out)) {
      const file = JSON.parse(readFileSync(args.out, "utf8")) as DemoMerchantFile;
      const [row] = await db.select().from(schema.merchants).where(eq(schema.merchants.id, file.merchantId));
      if (row) {
        // A merchant seeded by an older version may lack URLs added since: register them (existing ones stay).
        await addMerchantUrls({ db }, file.merchantId, { origins: args.origins, returnUrls: args.returnUrls });
        saved = {
          ...file,
          origins: [...new Set([...(file.origins ?? []), ...args.origins])],
          returnUrls: [...new Set([...(file.returnUrls ?? []), ...args.returnUrls])],
        };
        reused = true;
      }
    }
    saved ??= await createMerchant({ db }, { name: "Demo Shop", origins: args.origins, returnUrls: args.returnUrls });
    if (args.webhookUrl && saved.webhook?.url !== args.webhookUrl) {
      const endpoint = await createWebhookEndpoint(platform, { merchantId: saved.merchantId, mode: "test", url: args.webhookUrl });
      saved = { ...saved, webhook: { endpointId: endpoint.id, url: endpoint.url, secret: endpoint.secret } };
    }
    mkdirSync(path.dirname(args.out), { recursive: true });
    writeFileSync(args.out, JSON.stringify(saved, null, 2), { mode: 0o600 });
    return { ...saved, reused };
  });
  process.stdout.write(`${JSON.stringify(merchant)}\n`);
}
