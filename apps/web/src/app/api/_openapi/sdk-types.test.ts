import { readFileSync, writeFileSync } from "node:fs";
import openapiTS, { astToString } from "openapi-typescript";
import { describe, expect, it } from "vitest";
import { buildOpenApiDocument } from "./build-openapi-document";

/**
 * @jeton/node's types are generated from the OpenAPI document by
 * openapi-typescript, and committed. Regenerate after a change to the API:
 * UPDATE_SDK_TYPES=1 npx vitest run apps/web/src/app/api/_openapi/sdk-types.test.ts
 */
const file = new URL("../../../../../../packages/node/src/generated/openapi.ts", import.meta.url);

export async function renderSdkTypes(): Promise<string> {
  const ast = await openapiTS(structuredClone(buildOpenApiDocument()) as never, { alphabetize: true });
  return [
    "/* eslint-disable */",
    "// Generated from the OpenAPI document (GET /api/v1/openapi.json) by openapi-typescript. Do not edit:",
    "// UPDATE_SDK_TYPES=1 npx vitest run apps/web/src/app/api/_openapi/sdk-types.test.ts",
    "",
    astToString(ast),
  ].join("\n");
}

describe("@jeton/node's generated types", { timeout: 60_000 }, () => {
  it("are the OpenAPI document's, as committed (regenerate with UPDATE_SDK_TYPES=1)", async () => {
    const rendered = await renderSdkTypes();
    if (process.env.UPDATE_SDK_TYPES === "1") writeFileSync(file, rendered);
    expect(readFileSync(file, "utf8"), "packages/node/src/generated/openapi.ts is stale: UPDATE_SDK_TYPES=1 npx vitest run apps/web/src/app/api/_openapi/sdk-types.test.ts").toBe(rendered);
  });
});
