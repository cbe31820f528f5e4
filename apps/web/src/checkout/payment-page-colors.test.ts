import { readFileSync } from "node:fs";
import { PAYMENT_PAGE_BUTTON_TEXT, PAYMENT_PAGE_TEXT_COLORS } from "@jeton/core";
import { describe, expect, it } from "vitest";

// The back-office refuses branding colours by contrast with the text colours
// the payment page draws on them: those must be the ones checkout.css uses.
const css = readFileSync(new URL("../app/(checkout)/checkout.css", import.meta.url), "utf8");

describe("payment page text colours", () => {
  it.each(Object.entries(PAYMENT_PAGE_TEXT_COLORS))("--%s in checkout.css is %s", (name, color) => {
    expect(css).toMatch(new RegExp(`--${name}:\\s*${color};`, "i"));
  });

  it("buttons drawn on the primary colour have the white label the contrast check assumes", () => {
    const rules = css.split("}").filter((rule) => rule.includes("background: var(--brand)"));
    expect(rules.length).toBeGreaterThan(0);
    for (const rule of rules) expect(rule).toContain(`color: ${PAYMENT_PAGE_BUTTON_TEXT === "#ffffff" ? "#fff" : PAYMENT_PAGE_BUTTON_TEXT};`);
  });
});
