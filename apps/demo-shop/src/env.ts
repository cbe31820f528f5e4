import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { z } from "zod";

const repoRoot = fileURLToPath(new URL("../../..", import.meta.url));

const schema = z.object({
  DEMO_SHOP_PORT: z.coerce.number().int().positive().default(4000),
  /** Loopback only by default: the demo has no sign-in, so anyone who reaches it can press its buttons. */
  DEMO_SHOP_HOST: z.string().default("127.0.0.1"),
  /** The platform as the shopper's browser reaches it (token.js is loaded from here). */
  JETON_URL: z.url().default("http://localhost:3000"),
  /** The platform as this server reaches it; defaults to JETON_URL. */
  JETON_API_URL: z.url().optional(),
  /** The merchant's keys, written by `jeton seed demo` (or give the two keys below). */
  DEMO_SHOP_MERCHANT_FILE: z.string().default(path.join(repoRoot, ".data", "demo-shop.json")),
  JETON_PUBLISHABLE_KEY: z.string().startsWith("pk_").optional(),
  JETON_SECRET_KEY: z.string().startsWith("sk_").optional(),
  JETON_MERCHANT_ID: z.string().startsWith("mer_").optional(),
  JETON_WEBHOOK_SECRET: z.string().startsWith("whsec_").optional(),
  DEMO_SHOP_PUBLIC_URL: z.url().optional(),
  /** Keeps the raw bodies the shop received, at /debug/received (for the end-to-end tests). */
  DEMO_SHOP_DEBUG: z.enum(["0", "1"]).default("0"),
  /** The mail catcher's SMTP port (loopback): npm start points JETON_SMTP_URL here. 0 turns it off. */
  DEMO_SHOP_SMTP_PORT: z.coerce.number().int().min(0).max(65535).default(2525),
});

export interface ShopConfig {
  port: number;
  host: string;
  jetonUrl: string;
  jetonApiUrl: string;
  publishableKey: string;
  secretKey: string;
  merchantName: string;
  /** Your merchant id: the audience of the signed results. */
  merchantId: string | undefined;
  /** The webhook endpoint's whsec_ secret; without it webhooks are refused. */
  webhookSecret: string | undefined;
  /** This shop as shoppers reach it when the request's Host is not one of ours. */
  publicUrl: string;
  debug: boolean;
  /** The mail catcher's SMTP port; 0: no catcher. */
  smtpPort: number;
}

/** The one place the demo shop reads `process.env`. */
export function loadShopConfig(): ShopConfig {
  const env = schema.parse(process.env);
  let publishableKey = env.JETON_PUBLISHABLE_KEY;
  let secretKey = env.JETON_SECRET_KEY;
  let merchantName = "Demo Shop";
  let merchantId = env.JETON_MERCHANT_ID;
  let webhookSecret = env.JETON_WEBHOOK_SECRET;
  if ((!publishableKey || !secretKey) && existsSync(env.DEMO_SHOP_MERCHANT_FILE)) {
    const saved = JSON.parse(readFileSync(env.DEMO_SHOP_MERCHANT_FILE, "utf8"));
    publishableKey ??= saved.keys.test.publishableKey;
    secretKey ??= saved.keys.test.secretKey;
    merchantName = saved.name ?? merchantName;
    merchantId ??= saved.merchantId;
    webhookSecret ??= saved.webhook?.secret;
  }
  if (!publishableKey || !secretKey) {
    throw new Error(
      `No merchant keys: set JETON_PUBLISHABLE_KEY and JETON_SECRET_KEY, or run \`npx jeton seed demo --out ${env.DEMO_SHOP_MERCHANT_FILE}\`.`,
    );
  }
  const jetonUrl = env.JETON_URL.replace(/\/$/, "");
  return {
    port: env.DEMO_SHOP_PORT,
    host: env.DEMO_SHOP_HOST,
    jetonUrl,
    jetonApiUrl: (env.JETON_API_URL ?? jetonUrl).replace(/\/$/, ""),
    publishableKey,
    secretKey,
    merchantName,
    merchantId,
    webhookSecret,
    publicUrl: (env.DEMO_SHOP_PUBLIC_URL ?? `http://localhost:${env.DEMO_SHOP_PORT}`).replace(/\/$/, ""),
    debug: env.DEMO_SHOP_DEBUG === "1",
    smtpPort: env.DEMO_SHOP_SMTP_PORT,
  };
}
