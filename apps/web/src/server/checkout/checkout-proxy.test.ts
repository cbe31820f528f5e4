import type { FramedResource } from "@jeton/core";
import { NextRequest } from "next/server";
import { describe, expect, it } from "vitest";
import { checkoutProxy, type FramingOrigins } from "./checkout-proxy";

// The registered origins, as the database would answer: pr_shop and tx_shop belong to the shop.
const registered: FramingOrigins = async (resource: FramedResource) => {
  const id = "paymentRequestId" in resource ? resource.paymentRequestId : resource.transactionId;
  if (id === "pr_shop" || id === "tx_shop") return ["https://shop.example", "https://www.shop.example"];
  if (id === "pr_bad") return ["https://shop.example; script-src *", "*", "'self'"];
  return [];
};
const headersOf = async (url: string) => (await checkoutProxy(new NextRequest(url), "n0nce", registered)).headers;
const ancestors = async (url: string) => /frame-ancestors ([^;]*)/.exec((await headersOf(url)).get("content-security-policy") ?? "")?.[1];
const evil = "origin=https%3A%2F%2Fevil.example&surface=embed";

describe("checkoutProxy (framing)", () => {
  it("lets the merchant's registered origins, and only those, frame the Smart Form, its challenge and its tickets", async () => {
    for (const path of ["/embed/pr_shop", "/embed/pr_shop/challenge", "/embed/pr_shop?tx=tx_1"]) {
      expect(await ancestors(`http://localhost:3000${path}`)).toBe("https://shop.example https://www.shop.example");
      expect(await ancestors(`http://localhost:3000${path}${path.includes("?") ? "&" : "?"}${evil}`)).toBe("https://shop.example https://www.shop.example");
      expect((await headersOf(`http://localhost:3000${path}`)).get("x-frame-options")).toBeNull();
    }
    expect(await ancestors(`http://localhost:3000/embed/pr_other?${evil}`)).toBe("'none'");
    expect((await headersOf(`http://localhost:3000/embed/pr_other?${evil}`)).get("x-frame-options")).toBe("DENY");
  });

  it("decides by the route, never by a query parameter: the redirect page, its challenge and tickets are never framed", async () => {
    for (const path of ["/pay/pr_shop", "/pay/pr_shop/challenge", "/pay/pr_shop/attempt", "/pay/pr_shop/cancel", "/embed/pr_shop/other"]) {
      expect(await ancestors(`http://localhost:3000${path}?${evil}`)).toBe("'none'");
      expect((await headersOf(`http://localhost:3000${path}?${evil}`)).get("x-frame-options")).toBe("DENY");
    }
  });

  it("lets the 3DS notifications sit in the platform's own frames, plus the merchant's for the Smart Form and token.js", async () => {
    expect(await ancestors(`http://localhost:3000/pay/three-ds?${evil}`)).toBe("'self'");
    expect((await headersOf(`http://localhost:3000/pay/three-ds`)).get("x-frame-options")).toBe("SAMEORIGIN");
    expect(await ancestors(`http://localhost:3000/embed/pr_shop/three-ds?${evil}`)).toBe("'self' https://shop.example https://www.shop.example");
    expect(await ancestors(`http://localhost:3000/three-ds/tx_shop/notify?${evil}`)).toBe("'self' https://shop.example https://www.shop.example");
    expect(await ancestors(`http://localhost:3000/three-ds/tx_other/notify?${evil}`)).toBe("'self'");
  });

  it("lets the merchant page frame token.js's challenge for its own API transaction only", async () => {
    expect(await ancestors(`http://localhost:3000/three-ds/tx_shop?client_secret=s&${evil}`)).toBe("https://shop.example https://www.shop.example");
    expect(await ancestors(`http://localhost:3000/three-ds/tx_other?client_secret=s&${evil}`)).toBe("'none'");
  });

  it("never puts anything but a bare origin in the header", async () => {
    expect(await ancestors("http://localhost:3000/embed/pr_bad")).toBe("'none'");
  });
});
