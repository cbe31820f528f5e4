import { readFileSync } from "node:fs";
import path from "node:path";

const output = process.env.E2E_OUTPUT ?? path.join(import.meta.dirname, ".output");

/** The demo merchant scripts/e2e.mjs seeded through the CLI for this run. */
export const merchant = JSON.parse(readFileSync(path.join(output, "merchant.json"), "utf8")) as {
  merchantId: string;
  keys: { test: { publishableKey: string; secretKey: string } };
  webhook: { endpointId: string; url: string; secret: string };
};

export const PLATFORM_URL = "http://localhost:3000";
export const SHOP_URL = "http://127.0.0.1:4000";

/** A call to the merchant API with the demo merchant's secret key. */
export async function api(method: string, route: string, body?: unknown): Promise<{ status: number; json: Record<string, any> }> {
  const response = await fetch(`${PLATFORM_URL}${route}`, {
    method,
    headers: {
      Authorization: `Bearer ${merchant.keys.test.secretKey}`,
      ...(body === undefined ? {} : { "Content-Type": "application/json" }),
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  return { status: response.status, json: (await response.json()) as Record<string, any> };
}
