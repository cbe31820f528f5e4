import { NextRequest } from "next/server";
import { describe, expect, it } from "vitest";
import { proxy } from "./proxy";

const csp = (url: string) => proxy(new NextRequest(url)).headers.get("content-security-policy") ?? "";
const ancestors = (url: string) => /frame-ancestors ([^;]*)/.exec(csp(url))?.[1];

describe("proxy (payment page headers)", () => {
  it("lets only the named merchant origin frame the embed page and its challenge; nobody frames the redirect page", () => {
    expect(ancestors("http://localhost:3000/embed/pr_1?origin=https%3A%2F%2Fshop.example")).toBe("https://shop.example");
    expect(ancestors("http://localhost:3000/pay/pr_1/challenge?surface=embed&origin=https%3A%2F%2Fshop.example")).toBe("https://shop.example");
    expect(ancestors("http://localhost:3000/pay/pr_1")).toBe("'none'");
    expect(ancestors("http://localhost:3000/pay/pr_1/challenge?surface=redirect&origin=https%3A%2F%2Fshop.example")).toBe("'none'");
    expect(ancestors("http://localhost:3000/embed/pr_1")).toBe("'none'");
  });

  it("lets the 3DS notification sit in the platform's own frames, and the merchant's for the Smart Form", () => {
    expect(ancestors("http://localhost:3000/pay/three-ds?surface=redirect")).toBe("'self'");
    expect(ancestors("http://localhost:3000/pay/three-ds?surface=embed&origin=https%3A%2F%2Fshop.example")).toBe("'self' https://shop.example");
  });

  it("lets the merchant page frame token.js's challenge for an API transaction, and its notification inside the bank's frame", () => {
    expect(ancestors("http://localhost:3000/three-ds/tx_1?client_secret=s&origin=https%3A%2F%2Fshop.example")).toBe("https://shop.example");
    expect(ancestors("http://localhost:3000/three-ds/tx_1?client_secret=s")).toBe("'none'");
    expect(ancestors("http://localhost:3000/three-ds/notify?origin=https%3A%2F%2Fshop.example")).toBe("'self' https://shop.example");
    expect(ancestors("http://localhost:3000/three-ds/notify?origin=https%3A%2F%2Fshop.example%2Fx")).toBe("'self'");
  });

  it.each(["https://shop.example/path", "https://shop.example; script-src *", "javascript:alert(1)", "*", "'self'"])(
    "never puts %s in the header",
    (origin) => {
      expect(ancestors(`http://localhost:3000/embed/pr_1?origin=${encodeURIComponent(origin)}`)).toBe("'none'");
    },
  );

  it("gives each response a fresh script nonce, no referrer and no caching", () => {
    const first = proxy(new NextRequest("http://localhost:3000/pay/pr_1"));
    const second = proxy(new NextRequest("http://localhost:3000/pay/pr_1"));
    const nonce = (r: typeof first) => /'nonce-([^']+)'/.exec(r.headers.get("content-security-policy") ?? "")?.[1];
    expect(nonce(first)).toBeTruthy();
    expect(nonce(first)).not.toBe(nonce(second));
    expect(first.headers.get("referrer-policy")).toBe("no-referrer");
    expect(first.headers.get("cache-control")).toBe("no-store");
    expect(first.headers.get("content-security-policy")).not.toContain("unsafe-inline");
  });
});
