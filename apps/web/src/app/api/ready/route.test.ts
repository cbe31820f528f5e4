import { describe, expect, it } from "vitest";
import { markDraining } from "@/server/lifecycle";
import { GET } from "./route";

describe("GET /api/ready", () => {
  it("answers 503 draining once the server is shutting down, so load balancers stop sending requests", async () => {
    markDraining();
    const response = await GET();
    expect(response.status).toBe(503);
    expect(await response.json()).toEqual({ status: "draining" });
    expect(response.headers.get("cache-control")).toBe("no-store");
  });
});
