import { pathToRegexp } from "next/dist/compiled/path-to-regexp";
import { describe, expect, it } from "vitest";
import config from "../next.config";

/** The headers next.config.ts gives a path, matched the way Next.js matches `source`. */
async function headersFor(path: string): Promise<Record<string, string>> {
  const rules = (await config.headers?.()) ?? [];
  const matched = rules.filter((rule) => pathToRegexp(rule.source, [], { strict: true, sensitive: false, delimiter: "/" }).test(path));
  return Object.fromEntries(matched.flatMap((rule) => rule.headers.map((header) => [header.key.toLowerCase(), header.value])));
}

describe("next.config.ts headers", () => {
  it.each(["/", "/docs/api", "/api/v1/payment-requests", "/branding/mer_1/logo", "/v1/token.js"])("never lets %s be framed", async (path) => {
    expect(await headersFor(path)).toMatchObject({ "x-frame-options": "DENY", "content-security-policy": "frame-ancestors 'none'" });
  });

  it.each(["/embed/pr_1", "/three-ds/tx_1/notify", "/acs/challenge", "/pay/three-ds", "/login", "/dashboard/payments", "/v1/fields/number"])(
    "leaves %s to the page's own framing headers (a second, stricter header would forbid the merchant's frame)",
    async (path) => {
      expect(await headersFor(path)).not.toHaveProperty("x-frame-options");
      expect(await headersFor(path)).not.toHaveProperty("content-security-policy");
    },
  );
});
