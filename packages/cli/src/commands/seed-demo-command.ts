import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { createMerchant, type CreatedMerchant } from "@jeton/core";
import { schema } from "@jeton/db";
import { eq } from "drizzle-orm";
import { withPlatform } from "../open-platform";

export interface SeedDemoArgs {
  /** Where the demo shop's configuration (its keys) is written, like a merchant's own secrets file. */
  out: string;
  origins: string[];
}

/**
 * `jeton seed demo`: creates the demo merchant once. Its secret keys exist in
 * clear only in the file written here (the database keeps hashes), so the file
 * is reused as long as the merchant it names still exists.
 */
export async function seedDemoCommand(args: SeedDemoArgs): Promise<void> {
  const merchant = await withPlatform(async ({ db }) => {
    if (existsSync(args.out)) {
      const saved = JSON.parse(readFileSync(args.out, "utf8")) as CreatedMerchant;
      const [row] = await db.select().from(schema.merchants).where(eq(schema.merchants.id, saved.merchantId));
      if (row) return { ...saved, reused: true };
    }
    const created = await createMerchant({ db }, { name: "Demo Shop", origins: args.origins });
    mkdirSync(path.dirname(args.out), { recursive: true });
    writeFileSync(args.out, JSON.stringify(created, null, 2), { mode: 0o600 });
    return { ...created, reused: false };
  });
  process.stdout.write(`${JSON.stringify(merchant)}\n`);
}
