import { createMerchant, type CreatedMerchant } from "@jeton/core";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { createTestContext, type TestContext } from "@/server/testing/create-test-context";
import { handleCreateCardToken } from "../../../api/v1/card-tokens/handler";
import { handleFieldPage } from "./handler";

// The built scripts are not needed to test the page; the real module exists only after a build.
vi.mock("@/generated/token-js", () => ({ fieldScripts: { "field-number.js": "/* number */" } }));

const SHOP = "https://shop.example";
let ctx: TestContext;
let merchant: CreatedMerchant;

function page(name: string, query: Record<string, string>) {
  return handleFieldPage(new Request(`http://localhost:3000/v1/fields/${name}?${new URLSearchParams(query)}`), ctx, { name });
}

function directives(response: Response): Record<string, string> {
  const csp = response.headers.get("content-security-policy") ?? "";
  return Object.fromEntries(csp.split("; ").map((d) => [d.split(" ")[0], d.slice(d.indexOf(" ") + 1)]));
}

beforeAll(async () => {
  ctx = await createTestContext({ JETON_PUBLIC_URL: "http://localhost:3000", JETON_TOKENIZE_LIMIT_PER_KEY: "1000", JETON_TOKENIZE_LIMIT_PER_IP: "1000" });
  merchant = await createMerchant(ctx, { name: "Shop", origins: [SHOP, "https://www.shop.example"] });
});

afterAll(async () => {
  await ctx?.handle.close();
});

describe("GET /v1/fields/<type>", () => {
  it("serves the field page framable only by the key's origins, with a fresh nonce", async () => {
    const response = await page("number", { key: merchant.keys.test.publishableKey, origin: SHOP, lang: "fr" });
    expect(response.status).toBe(200);
    const csp = directives(response);
    expect(csp["frame-ancestors"]).toBe("https://shop.example https://www.shop.example");
    expect(csp["font-src"]).toBe("https://shop.example https://www.shop.example");
    expect(csp["default-src"]).toBe("'none'");
    expect(csp["connect-src"]).toBe("'self'");
    const nonce = /'nonce-([^']+)'/.exec(csp["script-src"] ?? "")?.[1];
    expect(nonce).toBeTruthy();
    const html = await response.text();
    expect(html).toContain(`<script nonce="${nonce}" src="/v1/fields/field-number.js">`);
    expect(html).toContain('autocomplete="cc-number"');
    expect(html).toContain('inputmode="numeric"');
    expect(html).toContain("Le numéro de carte n'est pas valide.");
    const again = directives(await page("number", { key: merchant.keys.test.publishableKey, origin: SHOP }));
    expect(again["script-src"]).not.toBe(csp["script-src"]);
  });

  it("refuses an unregistered origin or an unknown key with a page that says why, and holds no input", async () => {
    for (const [query, why] of [
      [{ key: merchant.keys.test.publishableKey, origin: "https://evil.example" }, "origin (https://evil.example) is not registered"],
      [{ key: "pk_test_unknownunknownunknown", origin: SHOP }, "is not valid (unknown or revoked)"],
      [{ key: merchant.keys.test.secretKey, origin: SHOP }, "a secret key must never be used in a browser"],
      [{ origin: SHOP }, "is not valid"],
    ] as const) {
      const response = await page("cvc", query);
      const html = await response.text();
      expect(html).toContain(why);
      expect(html).not.toContain("<input");
      expect(html).not.toContain(merchant.keys.test.secretKey.slice(0, 10));
      expect(directives(response)["frame-ancestors"]).toBe("*");
    }
    // Markup in the origin parameter is escaped in the script.
    const html = await (await page("cvc", { key: "pk_test_unknownunknownunknown", origin: "</script><script>alert(1)" })).text();
    expect(html).not.toContain("</script><script>alert(1)");
  });

  it("serves the field scripts and nothing else", async () => {
    const script = await handleFieldPage(new Request("http://localhost:3000/v1/fields/field-number.js"), ctx, { name: "field-number.js" });
    expect(script.headers.get("content-type")).toContain("javascript");
    expect(await script.text()).toBe("/* number */");
    expect((await page("field-other.js", {})).status).toBe(404);
    expect((await page("iban", { key: merchant.keys.test.publishableKey, origin: SHOP })).status).toBe(404);
  });
});

describe("POST /api/v1/card-tokens from the number frame", () => {
  it("accepts the platform's own origin (the frame's), without a CORS grant", async () => {
    const response = await handleCreateCardToken(
      new Request("http://localhost:3000/api/v1/card-tokens", {
        method: "POST",
        headers: { "content-type": "application/json", authorization: `Bearer ${merchant.keys.test.publishableKey}`, origin: "http://localhost:3000" },
        body: JSON.stringify({ card: { number: "4242424242424242", expMonth: "12", expYear: "34", cvc: "123" } }),
      }),
      ctx,
    );
    expect(response.status).toBe(201);
    expect(response.headers.get("access-control-allow-origin")).toBeNull();
  });
});
