import { describe, expect, it } from "vitest";
import { assertBackofficeOrigin } from "./assert-backoffice-origin";

const url = "http://localhost:3000";
const post = (headers: Record<string, string>) => new Request(`${url}/dashboard/x`, { method: "POST", headers });

describe("assertBackofficeOrigin", () => {
  it("lets same-origin posts through, by Fetch Metadata or by Origin", () => {
    expect(() => assertBackofficeOrigin(post({ "sec-fetch-site": "same-origin", origin: "null" }), url)).not.toThrow();
    expect(() => assertBackofficeOrigin(post({ origin: url }), url)).not.toThrow();
  });

  it("refuses other sites, same-site neighbours and requests that name no origin", () => {
    for (const headers of [
      { "sec-fetch-site": "cross-site", origin: "http://evil.test" },
      { "sec-fetch-site": "same-site", origin: "http://shop.localhost:3000" },
      { "sec-fetch-site": "none" },
      { origin: "http://127.0.0.1:4000" },
      { origin: "null" },
      {},
    ]) {
      expect(() => assertBackofficeOrigin(post(headers), url), JSON.stringify(headers)).toThrow(/back-office/);
    }
  });
});
