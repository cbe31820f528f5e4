import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { apiSurface, breakingChanges, type ApiSurface } from "./api-surface";
import { buildOpenApiDocument } from "./build-openapi-document";

/** The committed surface of /api/v1. Regenerate after an additive change: UPDATE_API_SURFACE=1 npx vitest run apps/web/src/app/api/_openapi/api-surface.test.ts */
const snapshotFile = fileURLToPath(new URL("./api-surface.json", import.meta.url));

describe("the compatibility policy (only additive changes within /api/v1)", { timeout: 30_000 }, () => {
  const next = apiSurface(buildOpenApiDocument());

  it("keeps every operation, field, status and event type of the committed surface, and requires no new request field", () => {
    if (process.env.UPDATE_API_SURFACE === "1" || !existsSync(snapshotFile)) {
      const committed = existsSync(snapshotFile) ? (JSON.parse(readFileSync(snapshotFile, "utf8")) as ApiSurface) : next;
      expect(breakingChanges(committed, next), "breaking changes are not regenerated away").toEqual([]);
      writeFileSync(snapshotFile, `${JSON.stringify(next, null, 2)}\n`);
    }
    const committed = JSON.parse(readFileSync(snapshotFile, "utf8")) as ApiSurface;
    expect(breakingChanges(committed, next), "a breaking change to /api/v1 (see docs/api.md, Compatibility policy)").toEqual([]);
    expect(next, "the API grew: regenerate the snapshot with UPDATE_API_SURFACE=1 (see docs/api.md)").toEqual(committed);
  });

  it("notices a removed operation, a removed response field and a newly required request field", () => {
    const broken = structuredClone(next);
    delete broken.operations["GET /api/v1/events"];
    broken.schemas.Transaction = broken.schemas.Transaction!.filter((field) => field !== "amount");
    broken.operations["POST /api/v1/payment-requests"]!.request.description = "required";
    expect(breakingChanges(next, broken).sort()).toEqual([
      "POST /api/v1/payment-requests: body field description is newly required",
      "Transaction.amount removed",
      "operation removed: GET /api/v1/events",
    ]);
    expect(breakingChanges(next, next)).toEqual([]);
  });
});
