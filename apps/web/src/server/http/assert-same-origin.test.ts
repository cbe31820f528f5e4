import { isAppError } from "@jeton/core";
import { describe, expect, it } from "vitest";
import { assertSameOrigin } from "./assert-same-origin";

const publicUrl = "http://localhost:3000";
const post = (headers: Record<string, string>) => new Request(`${publicUrl}/pay/pr_1/attempt`, { method: "POST", headers });
const refused = (headers: Record<string, string>) => {
  try {
    assertSameOrigin(post(headers), publicUrl);
    return false;
  } catch (error) {
    return isAppError(error) && error.code === "origin_not_allowed";
  }
};

describe("assertSameOrigin", () => {
  it("lets the payment page's own posts through, Origin null under no-referrer included", () => {
    expect(refused({ "sec-fetch-site": "same-origin", origin: "null" })).toBe(false);
    expect(refused({ origin: publicUrl })).toBe(false);
    expect(refused({ origin: "null" })).toBe(false);
    expect(refused({})).toBe(false);
  });

  it("refuses posts from other sites", () => {
    expect(refused({ "sec-fetch-site": "cross-site", origin: "null" })).toBe(true);
    expect(refused({ "sec-fetch-site": "same-site", origin: "http://127.0.0.1:3000" })).toBe(true);
    expect(refused({ origin: "https://evil.example" })).toBe(true);
  });
});
