import { readFileSync, writeFileSync } from "node:fs";
import { errorCatalog } from "@jeton/core";
import { describe, expect, it } from "vitest";
import { renderErrorsDoc } from "./errors-doc";

const file = new URL("../../docs/errors.md", import.meta.url);

describe("docs/errors.md", () => {
  it("is the error catalog as it is now (regenerate with UPDATE_DOCS=1)", () => {
    const rendered = renderErrorsDoc();
    if (process.env.UPDATE_DOCS === "1") writeFileSync(file, rendered);
    expect(readFileSync(file, "utf8"), "docs/errors.md is stale: UPDATE_DOCS=1 npx vitest run scripts/docs/errors-doc.test.ts").toBe(rendered);
  });

  it("lists every code with its status and a meaning", () => {
    const rendered = renderErrorsDoc();
    for (const [code, entry] of Object.entries(errorCatalog)) {
      expect(rendered).toMatch(new RegExp(`\\| \`${code}\` \\| ${entry.status} \\| \`${entry.type}\` \\| \\S`));
    }
  });
});
