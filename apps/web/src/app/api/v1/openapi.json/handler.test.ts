import { describe, expect, it } from "vitest";
import type { AppContext } from "@/server/context";
import { handleGetOpenApiDocument } from "./handler";

const contextFor = (publicUrl: string) => ({ config: { publicUrl } }) as AppContext;

describe("GET /api/v1/openapi.json", () => {
  it("answers the document for this platform's URL, readable from any origin, without a key", async () => {
    const response = await handleGetOpenApiDocument(new Request("https://pay.example/api/v1/openapi.json"), contextFor("https://pay.example"));
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("application/json");
    expect(response.headers.get("access-control-allow-origin")).toBe("*");
    const document = await response.json();
    expect(document).toMatchObject({ openapi: "3.1.0", servers: [{ url: "https://pay.example" }] });
    expect(document.paths["/api/v1/payment-requests"].post.requestBody.content["application/json"].schema.required).toEqual(["amount", "currency", "returnUrl"]);
  });

  it("follows a change of public URL", async () => {
    await handleGetOpenApiDocument(new Request("https://a.example/api/v1/openapi.json"), contextFor("https://a.example"));
    const response = await handleGetOpenApiDocument(new Request("https://b.example/api/v1/openapi.json"), contextFor("https://b.example"));
    expect((await response.json()).servers).toEqual([{ url: "https://b.example" }]);
  });
});
