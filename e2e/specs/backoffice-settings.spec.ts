import { readFileSync } from "node:fs";
import path from "node:path";
import { deflateSync } from "node:zlib";
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { signIn } from "../backoffice";
import { api, merchant, PLATFORM_URL, SHOP_URL } from "../fixtures";

// Settings: branding shown on the payment page, read-only settings for a
// viewer, rolling a secret key (shown once), a test webhook in the delivery
// log. The demo merchant's branding is put back at the end (other specs and
// the README screenshots see the usual page), and only the LIVE secret key is
// rolled: the other specs and the demo shop use the test one.

async function expectNoSeriousViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  const serious = results.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  expect(serious.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).join(", ")})`)).toEqual([]);
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(bytes: Buffer): number {
  let c = 0xffffffff;
  for (const byte of bytes) c = CRC_TABLE[(c ^ byte) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

/** A solid-colour RGB PNG, made here so the test needs no fixture file. */
function solidPng(width: number, height: number, [r, g, b]: [number, number, number]): Buffer {
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, "latin1"), data]);
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(body));
    return Buffer.concat([length, body, crc]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 2, 0, 0, 0], 8); // 8 bits, RGB, deflate, no filter, no interlace
  const row = Buffer.concat([Buffer.from([0]), Buffer.alloc(width * 3).map((_, i) => [r, g, b][i % 3]!)]);
  const pixels = deflateSync(Buffer.concat(Array.from({ length: height }, () => row)));
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk("IHDR", header), chunk("IDAT", pixels), chunk("IEND", Buffer.alloc(0))]);
}

async function switchMode(page: Page, to: "test" | "live") {
  await page.getByRole("button", { name: `Switch to ${to} data` }).click();
  await expect(page.getByText(to === "live" ? "Live data" : "Test data", { exact: true })).toBeVisible();
}

test("an admin changes the name, colour and logo with a live preview, and the payment page shows them", async ({ page, browser }) => {
  await signIn(page, "admin");
  await page.goto(`${PLATFORM_URL}/dashboard/settings/branding`);
  await expect(page.getByRole("heading", { level: 1, name: "Branding" })).toBeVisible();
  const name = page.getByLabel("Display name");
  const primary = page.getByLabel("Primary colour (pay button)", { exact: true });
  const background = page.getByLabel("Background colour", { exact: true });
  const original = { name: await name.inputValue(), primary: await primary.inputValue(), background: await background.inputValue() };

  // The preview follows the fields as they are typed, and warns before the server refuses.
  await name.fill("Maison Jeton");
  await expect(page.getByTestId("preview-name")).toHaveText("Maison Jeton");
  await primary.fill("#ffd700");
  await expect(page.getByTestId("contrast-status")).toContainText("Pay button text");
  await expect(page.getByTestId("contrast-status")).toContainText("too low: WCAG AA needs 4.5:1");
  await page.getByRole("button", { name: "Save name and colours" }).click();
  await expect(page).toHaveURL(/error=parameter_invalid&param=primaryColor/);
  await expect(page.getByText("dark enough for the pay button's white text to reach")).toBeVisible();

  await name.fill("Maison Jeton");
  await primary.fill("#0b5e2f");
  await expect(page.getByTestId("preview-button")).toHaveCSS("background-color", "rgb(11, 94, 47)");
  await page.getByRole("button", { name: "Save name and colours" }).click();
  await expect(page).toHaveURL(/notice=branding_saved/);
  await expect(page.getByText("The branding was saved")).toBeVisible();
  await expect(primary).toHaveValue("#0b5e2f");

  const logo = solidPng(96, 32, [11, 94, 47]);
  await page.getByLabel("Logo file").setInputFiles({ name: "logo.png", mimeType: "image/png", buffer: logo });
  await expect(page.getByTestId("preview-logo")).toHaveAttribute("src", /^blob:/);
  await page.getByRole("button", { name: "Upload logo" }).click();
  await expect(page).toHaveURL(/notice=logo_uploaded/);
  await expect(page.getByTestId("preview-logo")).toHaveAttribute("src", /^\/branding\/mer_[^/]+\/logo\/[0-9a-f]{64}$/);
  await expectNoSeriousViolations(page);

  // A shopper's payment page for a request made through the API.
  const created = await api("POST", "/api/v1/payment-requests", { amount: 2500, currency: "EUR", returnUrl: `${SHOP_URL}/return/x` });
  expect(created.status).toBe(201);
  const shopper = await (await browser.newContext()).newPage();
  await shopper.goto(`${created.json.url}?lang=en`);
  await expect(shopper.locator(".merchant .name")).toHaveText("Maison Jeton");
  const shown = shopper.locator(".merchant img");
  await expect(shown).toBeVisible();
  // Loaded under the page's CSP, as an image of the size uploaded.
  await expect.poll(() => shown.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)).toBe(96);
  await expect(shopper.getByRole("button", { name: /^Pay/ })).toHaveCSS("background-color", "rgb(11, 94, 47)");
  const served = await shopper.request.get(`${PLATFORM_URL}${await shown.getAttribute("src")}`);
  expect(served.headers()["content-type"]).toBe("image/png");
  expect(served.headers()["x-content-type-options"]).toBe("nosniff");
  await shopper.context().close();

  // Put the demo merchant's page back as it was.
  await page.getByRole("button", { name: "Remove logo" }).click();
  await page.getByRole("dialog").getByRole("button", { name: "Remove logo" }).click();
  await expect(page).toHaveURL(/notice=logo_removed/);
  await name.fill(original.name);
  await primary.fill(original.primary);
  await background.fill(original.background);
  await page.getByRole("button", { name: "Save name and colours" }).click();
  await expect(page).toHaveURL(/notice=branding_saved/);
});

test("the payment page offers only the languages enabled in the settings", async ({ page, browser }) => {
  await signIn(page, "admin");
  await page.goto(`${PLATFORM_URL}/dashboard/settings/checkout`);
  const originalDefault = await page.getByLabel("Default language").inputValue();
  await page.getByLabel("French").uncheck();
  await page.getByLabel("English").check();
  await page.getByLabel("Arabic").check();
  await page.getByLabel("Default language").selectOption("en");
  await page.getByRole("button", { name: "Save languages" }).click();
  await expect(page).toHaveURL(/notice=locales_saved/);
  await expectNoSeriousViolations(page);

  const created = await api("POST", "/api/v1/payment-requests", { amount: 2500, currency: "EUR", returnUrl: `${SHOP_URL}/return/x` });
  const shopper = await (await browser.newContext()).newPage();
  // French is switched off: a link asking for it opens in the default language.
  await shopper.goto(`${created.json.url}?lang=fr`);
  await expect(shopper).toHaveURL(/lang=en/);
  await expect(shopper.locator("html")).toHaveAttribute("lang", "en");
  const switcher = shopper.getByRole("navigation", { name: "Language" });
  await expect(switcher.getByRole("link")).toHaveText(["English", "العربية"]);
  await shopper.goto(`${created.json.url}?lang=ar`);
  await expect(shopper.locator("html")).toHaveAttribute("lang", "ar");
  await shopper.context().close();

  // Back to the demo merchant's usual languages.
  await page.getByLabel("French").check();
  await page.getByLabel("Default language").selectOption(originalDefault);
  await page.getByRole("button", { name: "Save languages" }).click();
  await expect(page).toHaveURL(/notice=locales_saved/);
});

test("a viewer reads every settings page but has no form to change them", async ({ page }) => {
  await signIn(page, "viewer");
  for (const [path, heading] of [
    ["/dashboard/settings", "Settings"],
    ["/dashboard/settings/branding", "Branding"],
    ["/dashboard/settings/checkout", "Checkout"],
    ["/dashboard/settings/developers", "Developers"],
  ] as const) {
    await page.goto(`${PLATFORM_URL}${path}`);
    await expect(page.getByRole("heading", { level: 1, name: heading })).toBeVisible();
    // The only forms are the top bar's (data switch, sign out).
    await expect(page.locator("main form")).toHaveCount(0);
    await expect(page.getByRole("link", { name: "Staff" })).toHaveCount(0);
    await expectNoSeriousViolations(page);
  }
  await expect(page.getByTestId("publishable-key")).toHaveText(merchant.keys.test.publishableKey);
  await expect(page.getByRole("button", { name: "Roll secret key" })).toHaveCount(0);
  await page.getByRole("link", { name: /^Delivery log/ }).first().click();
  await expect(page.getByRole("heading", { level: 1, name: "Webhook endpoint" })).toBeVisible();
  await expect(page.locator("main form")).toHaveCount(0);
});

test("an admin rolls the live secret key and sees the new one once", async ({ page }) => {
  await signIn(page, "admin");
  await page.goto(`${PLATFORM_URL}/dashboard/settings/developers`);
  await switchMode(page, "live");
  await page.goto(`${PLATFORM_URL}/dashboard/settings/developers`);
  await expect(page.getByRole("heading", { name: "API keys (live)" })).toBeVisible();
  // The platform has no live acquirer: the back-office says so plainly in live mode; the keys still exist.
  await expect(page.getByRole("note")).toContainText("Live mode is off on this platform");
  await expect(page.getByTestId("publishable-key")).toHaveText(/^pk_live_/);
  const before = await page.getByTestId("secret-key-redacted").textContent();
  await expectNoSeriousViolations(page);

  await page.getByRole("button", { name: "Roll secret key" }).click();
  const dialog = page.getByRole("dialog");
  await expect(dialog).toContainText("The current one stops working at once");
  await dialog.getByRole("button", { name: "Roll secret key" }).click();
  const secret = page.getByTestId("revealed-secret");
  await expect(secret).toHaveText(/^sk_live_[A-Za-z0-9_-]{16,}$/);
  await expect(page.getByText("it will not be shown again")).toBeVisible();
  const key = (await secret.textContent())!;
  // The redacted key on the page is now the new one's.
  await expect(page.getByTestId("secret-key-redacted")).not.toHaveText(before!);
  await expect(page.getByTestId("secret-key-redacted")).toHaveText(new RegExp(`${key.slice(-4)}$`));
  await expectNoSeriousViolations(page);

  // The new key works against the API (live mode), and the test key the other specs use still does.
  const live = await fetch(`${PLATFORM_URL}/api/v1/webhook-endpoints`, { headers: { Authorization: `Bearer ${key}` } });
  expect(live.status).toBe(200);
  expect((await api("GET", "/api/v1/webhook-endpoints")).status).toBe(200);
  // Nor did the platform write it to its log.
  const output = process.env.E2E_OUTPUT ?? path.join(import.meta.dirname, "../.output");
  expect(readFileSync(path.join(output, "web.log"), "utf8")).not.toContain(key.slice("sk_live_".length));

  // Shown once: a reload shows only the redacted form.
  await page.reload();
  await expect(page.getByTestId("revealed-secret")).toHaveCount(0);
  await expect(page.getByText(key)).toHaveCount(0);
  await switchMode(page, "test");
});

test("an admin sends a test webhook to the demo shop and sees it delivered in the log", async ({ page }) => {
  await signIn(page, "admin");
  await page.goto(`${PLATFORM_URL}/dashboard/settings/developers`);
  await expect(page.getByRole("heading", { name: "API keys (test)" })).toBeVisible();
  await page.getByRole("link", { name: `Delivery log of ${merchant.webhook.url}` }).click();
  await expect(page.getByTestId("endpoint-url")).toHaveText(merchant.webhook.url);
  await page.getByRole("button", { name: "Send test event" }).click();
  await expect(page).toHaveURL(/notice=test_sent/);
  await expect(page.getByText("A test event was sent.")).toBeVisible();

  // The worker delivers within a second or two; the log is read on each visit.
  const row = page.getByTestId("delivery-row").filter({ hasText: "webhook.test" }).first();
  await expect(async () => {
    await page.reload();
    await expect(row).toContainText("succeeded", { timeout: 1000 });
  }).toPass({ timeout: 20_000 });
  await expect(row.getByTestId("attempt-status").first()).toHaveText("HTTP 204");
  await expect(row).toContainText(" ms");
  await expectNoSeriousViolations(page);

  // Redeliver it: it goes back to the same endpoint only, and succeeds again.
  await row.getByRole("button", { name: /^Redeliver/ }).click();
  await page.getByRole("dialog").getByRole("button", { name: "Redeliver" }).click();
  await expect(page).toHaveURL(/notice=redelivered/);
  await expect(async () => {
    await page.reload();
    await expect(row.getByTestId("attempt-status")).toHaveCount(2, { timeout: 1000 });
  }).toPass({ timeout: 20_000 });

  // The demo shop verified both signatures.
  const shopLog = (await (await fetch(`${SHOP_URL}/debug/webhooks`)).json()) as Array<{ type: string; verified: boolean }>;
  expect(shopLog.filter((hook) => hook.type === "webhook.test" && hook.verified).length).toBeGreaterThanOrEqual(2);

  await page.goto(`${PLATFORM_URL}/dashboard/settings/checkout`);
  await expect(page.getByTestId("origin-list")).toContainText(SHOP_URL);
  await expectNoSeriousViolations(page);
});
