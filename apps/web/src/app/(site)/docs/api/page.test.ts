import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { operations } from "@/app/api/_openapi/operations";
import ApiReferencePage from "./page";

describe("/docs/api", () => {
  const html = renderToStaticMarkup(createElement(ApiReferencePage));

  it("shows every operation with its method, path, auth and errors", () => {
    for (const operation of operations) {
      expect(html).toContain(`id="${operation.operationId}"`);
      expect(html).toContain(operation.path);
    }
    expect(html).toContain("Secret key (sk_…)");
    expect(html).toContain("Publishable key (pk_…)");
    expect(html).toContain("return_url_not_allowed");
  });

  it("tables the body fields and parameters, and loads no script", () => {
    expect(html).toContain("card[number]");
    expect(html).toContain("Idempotency-Key");
    expect(html).toContain("startingAfter");
    expect(html).not.toContain("<script");
  });
});
