import path from "node:path";
import { expect, test } from "@playwright/test";
import { chargeCard, signIn } from "../backoffice";
import { PLATFORM_URL } from "../fixtures";

// The README's back-office screenshots, taken from a real run:
//   JETON_SCREENSHOTS=1 node scripts/e2e.mjs specs/zz-readme-screenshots.spec.ts
// Skipped otherwise (it asserts nothing the other specs do not).
const dir = path.join(import.meta.dirname, "../../docs/screenshots");
test.skip(!process.env.JETON_SCREENSHOTS, "set JETON_SCREENSHOTS=1 to refresh the README's screenshots");

test("back-office screenshots", async ({ page }) => {
  test.setTimeout(180_000);
  await page.setViewportSize({ width: 1280, height: 860 });
  const cards = ["4242424242424242", "5555555555554444", "4000000000009995", "4242424242424242", "4000000000000002", "378282246310005"];
  let approved = "";
  for (const [index, number] of cards.entries()) {
    const result = await chargeCard(number, { amount: 1990 + index * 1250, reference: `ORDER-${1040 + index}`, email: `shopper${index}@example.com` });
    if (result.status === 201 && !approved) approved = result.json.id;
  }
  expect(approved).toMatch(/^tx_/);
  await page.goto(`${PLATFORM_URL}/login`);
  await page.screenshot({ path: path.join(dir, "login.png") });
  await signIn(page, "owner");
  const shots: Array<[string, string]> = [
    ["/dashboard", "dashboard.png"],
    ["/dashboard/payments", "payments.png"],
    [`/dashboard/payments/${approved}`, "payment-detail.png"],
    ["/dashboard/links", "links.png"],
    ["/dashboard/settings/branding", "settings-branding.png"],
    ["/dashboard/audit", "audit-log.png"],
  ];
  for (const [route, file] of shots) {
    await page.goto(`${PLATFORM_URL}${route}`);
    await page.waitForLoadState("networkidle");
    // Long pages (the payments list, the audit log) are cut at two screens: a README picture, not an archive.
    await page.screenshot({ path: path.join(dir, file), fullPage: true, clip: { x: 0, y: 0, width: 1280, height: 1720 } });
  }
});
