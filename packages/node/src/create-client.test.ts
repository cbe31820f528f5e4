import { describe, expect, it, vi } from "vitest";
import { createJetonClient } from "./create-client";
import { JetonApiError, JetonConnectionError } from "./errors";

const secretKey = "sk_test_abcdefghijklmnopqrstuvwx";

describe("createJetonClient", () => {
  it("refuses a publishable key", () => {
    expect(() => createJetonClient({ secretKey: "pk_test_x", apiBase: "http://x" })).toThrow(/secret key/);
  });

  it("sends the secret key and returns the token", async () => {
    const fetch = vi.fn(async () => Response.json({ cardTokenId: "ctok_1", status: "active" }));
    const client = createJetonClient({ secretKey, apiBase: "http://jeton.test/", fetch });
    await expect(client.cardTokens.retrieve("ctok_1")).resolves.toMatchObject({ cardTokenId: "ctok_1" });
    expect(fetch).toHaveBeenCalledWith("http://jeton.test/api/v1/card-tokens/ctok_1", {
      method: "GET",
      headers: { Authorization: `Bearer ${secretKey}` },
      body: undefined,
    });
  });

  it("turns the error envelope into a typed error", async () => {
    const fetch = vi.fn(async () =>
      Response.json({ error: { type: "invalid_request_error", code: "resource_not_found", message: "No such card token" } }, { status: 404 }),
    );
    const client = createJetonClient({ secretKey, apiBase: "http://jeton.test", fetch });
    const error = await client.cardTokens.retrieve("ctok_x").catch((e: unknown) => e);
    expect(error).toBeInstanceOf(JetonApiError);
    expect(error).toMatchObject({ status: 404, code: "resource_not_found" });
  });

  it("reports network failures and non-envelope answers as connection errors", async () => {
    const down = createJetonClient({ secretKey, apiBase: "http://jeton.test", fetch: async () => { throw new TypeError("fetch failed"); } });
    await expect(down.cardTokens.retrieve("ctok_1")).rejects.toBeInstanceOf(JetonConnectionError);
    const html = createJetonClient({ secretKey, apiBase: "http://jeton.test", fetch: async () => new Response("<html>", { status: 502 }) });
    await expect(html.cardTokens.retrieve("ctok_1")).rejects.toBeInstanceOf(JetonConnectionError);
  });
});
