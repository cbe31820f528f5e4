import { NextRequest } from "next/server";
import { describe, expect, it } from "vitest";
import { proxy } from "./proxy";

describe("proxy (payment page headers)", () => {
  it("never lets a query parameter make the redirect page, its challenge or its ticket framable", async () => {
    const evil = "surface=embed&origin=https%3A%2F%2Fevil.example";
    for (const path of ["/pay/pr_1?", "/pay/pr_1/challenge?", "/pay/pr_1?tx=tx_1&done=1&"]) {
      const response = await proxy(new NextRequest(`http://localhost:3000${path}${evil}`));
      expect(/frame-ancestors ([^;]*)/.exec(response.headers.get("content-security-policy") ?? "")?.[1]).toBe("'none'");
      expect(response.headers.get("x-frame-options")).toBe("DENY");
    }
  });

  it("gives each response a fresh script nonce, no referrer and no caching", async () => {
    const first = await proxy(new NextRequest("http://localhost:3000/pay/pr_1"));
    const second = await proxy(new NextRequest("http://localhost:3000/pay/pr_1"));
    const nonce = (r: typeof first) => /'nonce-([^']+)'/.exec(r.headers.get("content-security-policy") ?? "")?.[1];
    expect(nonce(first)).toBeTruthy();
    expect(nonce(first)).not.toBe(nonce(second));
    expect(first.headers.get("referrer-policy")).toBe("no-referrer");
    expect(first.headers.get("cache-control")).toBe("no-store");
    expect(first.headers.get("content-security-policy")).not.toContain("unsafe-inline");
  });

  it("keeps the back-office unframable", async () => {
    const response = await proxy(new NextRequest("http://localhost:3000/login"));
    expect(response.headers.get("content-security-policy")).toContain("frame-ancestors 'none'");
    expect(response.headers.get("x-frame-options")).toBe("DENY");
  });
});
