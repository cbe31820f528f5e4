import { readFileSync } from "node:fs";
import path from "node:path";

const output = process.env.E2E_OUTPUT ?? path.join(import.meta.dirname, ".output");

/** The merchant scripts/e2e.mjs created through the CLI for this run. */
export const merchant = JSON.parse(readFileSync(path.join(output, "merchant.json"), "utf8")) as {
  merchantId: string;
  keys: { test: { publishableKey: string; secretKey: string } };
};

export const PLATFORM_URL = "http://localhost:3000";
export const SHOP_URL = "http://127.0.0.1:4000";
