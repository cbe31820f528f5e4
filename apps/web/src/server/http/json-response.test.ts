import { describe, expect, it } from "vitest";
import { JsonResponse } from "./json-response";

describe("JsonResponse", () => {
  it("is a Response with Response.json's status, headers and body", async () => {
    const response = new JsonResponse({ a: 1, b: ["é"] }, { status: 201, headers: { Vary: "Origin" } });
    expect(response).toBeInstanceOf(Response);
    expect(response.status).toBe(201);
    expect(response.ok).toBe(true);
    expect(response.headers.get("content-type")).toBe("application/json");
    expect(response.headers.get("vary")).toBe("Origin");
    expect(response.bodyUsed).toBe(false);
    expect(await response.json()).toEqual({ a: 1, b: ["é"] });
    expect(response.bodyUsed).toBe(true);
    await expect(response.text()).rejects.toThrow();
  });

  it("hands its text to the server until someone takes the body as a stream", async () => {
    const response = new JsonResponse({ id: "ctok_1" });
    expect(JsonResponse.wholeText(response)).toBe('{"id":"ctok_1"}');
    expect(JsonResponse.wholeText(Response.json({ id: "ctok_1" }))).toBeUndefined();
    const stream = response.body;
    expect(stream).not.toBeNull();
    expect(response.body).toBe(stream);
    expect(JsonResponse.wholeText(response)).toBeUndefined();
    expect(await new Response(stream).text()).toBe('{"id":"ctok_1"}');
  });

  it("clones, reads as bytes and text, and refuses a clone once used", async () => {
    const response = new JsonResponse({ n: 2 }, { status: 402 });
    const copy = response.clone();
    expect(copy.status).toBe(402);
    expect(await copy.json()).toEqual({ n: 2 });
    expect(new TextDecoder().decode(await response.arrayBuffer())).toBe('{"n":2}');
    expect(() => response.clone()).toThrow(TypeError);
    expect(await new JsonResponse("x").text()).toBe('"x"');
  });
});
