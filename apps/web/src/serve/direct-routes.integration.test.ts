import { createMerchant, type CreatedMerchant } from "@jeton/core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { canRunInstances, startInstanceGroup, type InstanceGroup, type PlatformInstance } from "./testing/platform-instances";

// Headers that say how a response travelled, not what it says; and the tokens Next adds to Vary for its own router.
const TRANSPORT = new Set(["date", "connection", "keep-alive", "transfer-encoding", "content-length", "x-nextjs-cache", "x-nextjs-prerender", "x-nextjs-stale-time"]);
const NEXT_VARY = new Set(["rsc", "next-router-state-tree", "next-router-prefetch", "next-router-segment-prefetch"]);

async function describeResponse(response: Response) {
  const headers: Record<string, string> = {};
  for (const [name, value] of response.headers) {
    if (TRANSPORT.has(name)) continue;
    headers[name] =
      name === "vary"
        ? value
            .split(",")
            .map((token) => token.trim())
            .filter((token) => token && !NEXT_VARY.has(token.toLowerCase()))
            .join(", ")
        : value;
    if (headers[name] === "") delete headers[name];
  }
  // Created resources differ only in their ids and timestamps.
  const body = (await response.text()).replace(/\b[a-z]+_[A-Za-z0-9_-]{22}\b/g, "<id>").replace(/\d{4}-\d\d-\d\dT[\d:.]+Z/g, "<time>");
  return { status: response.status, headers, body };
}

describe.skipIf(!canRunInstances)("routes served directly answer exactly as through Next", () => {
  let group: InstanceGroup;
  let direct: PlatformInstance;
  let throughNext: PlatformInstance;
  let merchant: CreatedMerchant;
  const SHOP = "https://shop.example";

  beforeAll(async () => {
    group = await startInstanceGroup([{}, { JETON_SERVE_DIRECT: "false" }]);
    [direct, throughNext] = group.instances as [PlatformInstance, PlatformInstance];
    merchant = await createMerchant({ db: group.database.handle.db }, { name: "Compared", origins: [SHOP] });
  });

  afterAll(async () => {
    await group?.close();
  });

  const json = { "content-type": "application/json" };
  const cases: Array<[string, string, RequestInit | (() => RequestInit)]> = [
    ["health", "/api/health", {}],
    ["the JWKS", "/.well-known/jwks.json", {}],
    ["token.js, gzipped", "/v1/token.js", { headers: { "accept-encoding": "gzip" } }],
    ["token.js, plain", "/v1/token.js", { headers: { "accept-encoding": "identity" } }],
    ["token.js by HEAD", "/v1/token.js", { method: "HEAD" }],
    ["the token.js manifest", "/v1/token.js.json", {}],
    ["the OpenAPI document", "/api/v1/openapi.json", { headers: { "accept-encoding": "gzip" } }],
    ["a preflight from a registered origin", "/api/v1/card-tokens", { method: "OPTIONS", headers: { origin: SHOP } }],
    ["a preflight from an unknown origin", "/api/v1/card-tokens", { method: "OPTIONS", headers: { origin: "https://evil.example" } }],
    ["a tokenization with malformed JSON", "/api/v1/card-tokens", () => ({ method: "POST", headers: { ...json, origin: SHOP, authorization: `Bearer ${merchant.keys.test.publishableKey}` }, body: "{" })],
    ["a tokenization with a bad key", "/api/v1/card-tokens", { method: "POST", headers: { ...json, origin: SHOP, authorization: "Bearer pk_test_AAAAAAAAAAAAAAAAAAAAAAAAAAAA" }, body: "{}" }],
    ["a tokenization from an unregistered origin", "/api/v1/card-tokens", () => ({ method: "POST", headers: { ...json, origin: "https://evil.example", authorization: `Bearer ${merchant.keys.test.publishableKey}` }, body: "{}" })],
    ["a tokenization that succeeds", "/api/v1/card-tokens", () => ({ method: "POST", headers: { ...json, origin: SHOP, authorization: `Bearer ${merchant.keys.test.publishableKey}` }, body: JSON.stringify({ card: { number: "4242424242424242", expMonth: "12", expYear: "2034", cvc: "123" } }) })],
    ["a list without a key", "/api/v1/transactions", {}],
    ["an empty list", "/api/v1/transactions?limit=5", () => ({ headers: { authorization: `Bearer ${merchant.keys.test.secretKey}` } })],
    ["a bad query", "/api/v1/events?limit=abc", () => ({ headers: { authorization: `Bearer ${merchant.keys.test.secretKey}` } })],
    ["an unknown id", "/api/v1/transactions/txn_unknown", () => ({ headers: { authorization: `Bearer ${merchant.keys.test.secretKey}` } })],
    ["an invalid payment request", "/api/v1/payment-requests", () => ({ method: "POST", headers: { ...json, authorization: `Bearer ${merchant.keys.test.secretKey}` }, body: JSON.stringify({ amount: -1 }) })],
    ["a method the route does not have", "/api/v1/card-tokens", { method: "DELETE" }],
    ["OPTIONS on a route without its own", "/api/v1/transactions", { method: "OPTIONS" }],
    ["an API path that does not exist", "/api/v1/nothing-here", {}],
  ];

  it.each(cases)("%s", async (_name, path, init) => {
    const request = typeof init === "function" ? init() : init;
    const [ours, next] = await Promise.all([
      fetch(`${direct.url}${path}`, request).then(describeResponse),
      fetch(`${throughNext.url}${path}`, request).then(describeResponse),
    ]);
    expect(ours).toEqual(next);
  });
});
