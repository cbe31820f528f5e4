import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { addMerchantUrls, createMerchant, createStaffUser, createWebhookEndpoint, isAppError, type CreatedMerchant, type Mode } from "@jeton/core";
import { schema } from "@jeton/db";
import { eq } from "drizzle-orm";
import { liveModeOf } from "../live-mode";
import { withPlatform, type Platform } from "../open-platform";

export interface SeedDemoArgs {
  /** Where the demo shop's configuration (its keys) is written, like a merchant's own secrets file. */
  out: string;
  origins: string[];
  returnUrls: string[];
  /** The shop's webhook receiver; its whsec_ secret is saved in the file. */
  webhookUrl?: string | undefined;
  /** The mode the origins and return URLs are registered for (the demo shop uses test keys). */
  mode?: Mode | undefined;
}

export interface DemoMerchantFile extends CreatedMerchant {
  webhook?: { endpointId: string; url: string; secret: string };
  /** The back-office owner: sign in at /login with these; the first sign-in sets up TOTP. */
  staff?: { email: string; password: string };
}

const DEMO_OWNER_EMAIL = "owner@demo.jeton.test";

/**
 * The demo merchant's back-office owner, created once; its generated password
 * exists in clear only in the seed file. If the email is already taken (the
 * file was lost but the database kept), the owner gets an address of its own.
 */
async function ensureDemoOwner(platform: Platform, merchantId: string, saved: DemoMerchantFile["staff"]): Promise<{ email: string; password: string }> {
  if (saved) {
    const [row] = await platform.db.select({ merchantId: schema.staffUsers.merchantId }).from(schema.staffUsers).where(eq(schema.staffUsers.email, saved.email));
    if (row?.merchantId === merchantId) return saved;
  }
  const password = randomBytes(12).toString("base64url");
  for (const email of [DEMO_OWNER_EMAIL, `owner-${randomBytes(4).toString("hex")}@demo.jeton.test`]) {
    try {
      await createStaffUser(platform, { merchantId, email, password, role: "owner" });
      return { email, password };
    } catch (error) {
      if (!isAppError(error) || error.code !== "email_taken") throw error;
    }
  }
  throw new Error("could not create the demo owner");
}

/**
 * `jeton seed demo`: creates the demo merchant once. Its secret keys exist in
 * clear only in the file written here (the database keeps hashes), so the file
 * is reused as long as the merchant it names still exists. So is the
 * back-office owner's generated password.
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
        await addMerchantUrls({ db }, file.merchantId, { mode: args.mode ?? "test", origins: args.origins, returnUrls: args.returnUrls });
        saved = {
          ...file,
          origins: [...new Set([...(file.origins ?? []), ...args.origins])],
          returnUrls: [...new Set([...(file.returnUrls ?? []), ...args.returnUrls])],
        };
        reused = true;
      }
    }
    saved ??= await createMerchant({ db }, { name: "Demo Shop", origins: args.origins, returnUrls: args.returnUrls, urlMode: args.mode ?? "test" });
    if (args.webhookUrl && saved.webhook?.url !== args.webhookUrl) {
      const endpoint = await createWebhookEndpoint(platform, { merchantId: saved.merchantId, mode: "test", url: args.webhookUrl });
      saved = { ...saved, webhook: { endpointId: endpoint.id, url: endpoint.url, secret: endpoint.secret } };
    }
    saved = { ...saved, staff: await ensureDemoOwner(platform, saved.merchantId, saved.staff) };
    mkdirSync(path.dirname(args.out), { recursive: true });
    writeFileSync(args.out, JSON.stringify(saved, null, 2), { mode: 0o600 });
    return { ...saved, reused, liveMode: liveModeOf(platform.config) };
  });
  process.stdout.write(`${JSON.stringify(merchant)}\n`);
}
